import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts', 'ingest/**/*.spec.ts', 'schema/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu and Chromium are heavy; two cores on CI
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
