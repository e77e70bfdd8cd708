// Jest runs the JS tests as native ES modules: no transform, and node must be started with
// NODE_OPTIONS=--experimental-vm-modules (see the test:js script in package.json).
export default {
  testEnvironment: 'node',
  transform: {},
  roots: ['<rootDir>/tests/js'],
  testMatch: ['**/*.test.js'],
  testTimeout: 60000,
  // Tests spawn processes and a browser; run them one file at a time on the 2-core machines.
  maxWorkers: 1,
};
