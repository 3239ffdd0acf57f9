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
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/cssModuleStub.js',
    '^@microsoft/sp-(core-library|webpart-base|property-pane|http|component-base|lodash-subset)$': '<rootDir>/tests/support/spfxStub.ts'
  },
  testTimeout: 30000
};
