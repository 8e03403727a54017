// vitest globalSetup for the integration project. Each test file makes its own database with
// tests/support/test-db.ts, so there is nothing to prepare for the whole run.
export default function setup() {}
