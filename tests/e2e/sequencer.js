// The journeys change the sample ministry (they submit, decide, publish): they run after the tests that
// read the seeded history as it is.
'use strict';
// jest 30's own sequencer (the top-level @jest/test-sequencer is an older one the SPFx build brings).
const Sequencer = require(require.resolve('@jest/test-sequencer', { paths: [require.resolve('jest/package.json')] })).default;

class JourneysLast extends Sequencer {
  sort(tests) {
    const isJourney = (t) => /journey/i.test(t.path);
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return tests.filter((t) => !isJourney(t)).sort(byPath).concat(tests.filter(isJourney).sort(byPath));
  }
}

module.exports = JourneysLast;
