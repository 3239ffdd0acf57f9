'use strict';

const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// vi-VN is the product's default language: SPFx falls back to a loc folder's default.js for a page
// whose language has no file of its own (otherwise it would fall back to en-US). default.js is the
// Vietnamese file, copied at build time so there is one source for each string.
const vietnameseAsDefaultLocale = build.subTask('vietnamese-as-default-locale', (gulp, buildConfig, done) => {
  const copyIn = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) copyIn(full);
      else if (entry.name === 'vi-vn.js' && path.basename(folder) === 'loc') fs.copyFileSync(full, path.join(folder, 'default.js'));
    }
  };
  copyIn(path.join(buildConfig.rootPath, buildConfig.libFolder));
  done();
});
build.rig.addPostTypescriptTask(vietnameseAsDefaultLocale);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
