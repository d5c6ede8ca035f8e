// tessera-server: `serve`, `migrate`, and `admin …` commands over the same configuration and data (see run.ts).
import { runCommand } from './run.js';
import { processIo } from './io.js';

// The configuration module is loaded only by commands that read it (`--help` and usage errors do not).
const fromEnvironment = async () => (await import('../config/index.js')).loadProcessConfig;

process.exitCode = await runCommand(process.argv.slice(2), processIo, fromEnvironment);
