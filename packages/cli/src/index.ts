// The door of @tessera/cli: run a `tessera` command line in-process (the binary is bin/tessera.js).
export { runCli } from './cli.js';
export { EXIT, type ExitCode } from './exit-codes.js';
export { DEFAULT_APP_ID, DEFAULT_SERVER } from './app-context.js';
export type { Io } from './command-context.js';
