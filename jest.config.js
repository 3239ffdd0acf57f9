// One jest run for every test that needs no browser: domain rules, services, components (jsdom,
// chosen per file with a @jest-environment docblock), the local intranet and the tools.
'use strict';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: { warnOnly: false } }],
    // PnPjs v4 ships ES modules only.
    '^.+/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true }],
    // SPFx loc files are AMD modules: tests use the real strings.
    '^.+/loc/[a-z]{2}-[a-z]{2}\\.js$': '<rootDir>/tests/support/amdLocTransform.js'
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  // The code under test never imports SPFx (it cannot load outside SharePoint); styles are stubbed.
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/cssModuleStub.js'
  },
  setupFiles: ['<rootDir>/tests/support/setup.js'],
  testTimeout: 30000
};
