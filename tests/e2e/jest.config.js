// The browser tests (npm run test:e2e): tools/e2e/run.ts builds the page, starts the local intranet
// and runs jest with this config; the tests drive Debian's Chromium through playwright-core.
'use strict';
const path = require('path');
const base = require('../tsconfig.json').compilerOptions;

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  roots: ['<rootDir>/tests/e2e'],
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only: `npm run typecheck` checks these files' types.
    '^.+\\.ts$': ['ts-jest', { tsconfig: { ...base, isolatedModules: true } }]
  },
  testSequencer: '<rootDir>/tests/e2e/sequencer.js',
  testTimeout: 60000,
  slowTestThreshold: 30,
  verbose: true
};
