/** Environment variables the global setup hands to the test files. */
export const TEST_ENV = {
  serverUrl: 'FITA_TEST_SERVER_URL',
  template: 'FITA_TEST_TEMPLATE',
  runId: 'FITA_TEST_RUN_ID',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value)
    throw new Error(
      `${TEST_ENV[name]} is not set: run integration specs through apps/api/jest.config.mjs`,
    );
  return value;
}
