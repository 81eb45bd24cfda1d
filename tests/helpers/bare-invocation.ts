// The CLI words its suggestions after how it was started (src/core/invocation.ts). Tests expect the
// bare `backend-roadmap`, whether vitest runs under `npm test`, `npx vitest` or directly: forget
// npm's variables here, for the code under test and for every CLI process a test starts. Tests
// about the npm forms set them explicitly.
for (const name of ['npm_command', 'npm_lifecycle_event', 'npm_lifecycle_script', 'npm_config_package']) delete process.env[name];
