// SPFx loc files are `define([], function () { return { ... } })`: evaluate the factory and export
// what it returns, so tests read the strings users see.
'use strict';
module.exports = {
  process(source) {
    return { code: `var define = function (deps, factory) { module.exports = factory(); };\n${source}` };
  }
};
