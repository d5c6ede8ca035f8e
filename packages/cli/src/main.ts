// The `tessera` process: runs the command line on the real streams and exits with its documented code.
import { runCli } from './cli.js';

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
// Prompts and spinners may leave stdin listening; the command is over.
process.stdin.pause();
if (process.stdin.isTTY) process.stdin.unref();
