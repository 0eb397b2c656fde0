/** Two projects: `unit` (tests in __tests__/ next to the code, no database, seconds) and
 * `integration` (tests in test/: real PostgreSQL, the six departments' servers and the gateway
 * over HTTP, started once per run by globalSetup). `npm run test:unit` runs the first alone. */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  setupFiles: ['<rootDir>/test/support/quiet.ts'],
};

module.exports = {
  testTimeout: 180000,
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/__tests__/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
