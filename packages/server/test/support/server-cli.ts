// Runs `tessera-server` command lines: in-process (the binary's own code, without starting Node and loading the server
// each time) for tests about what a command does, or as the real binary for tests about the process itself.
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { loadConfig } from '../../src/index.js';
import { runCommand } from '../../src/cli/run.js';

export const BIN = new URL('../../bin/tessera-server.js', import.meta.url).pathname;

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * `tessera-server ARGS` in this process with `env` as its only environment and `input` on a piped stdin: the same
 * parsing, configuration, command and exit code as the binary, with stdout and stderr captured.
 */
export async function runServerCli(args: string[], env: Record<string, string>, input?: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCommand(
    args,
    {
      stdout: (text) => void (out += text),
      stderr: (text) => void (err += text),
      stdin: Readable.from(input === undefined ? [] : [input]),
    },
    async () => (options) => loadConfig({ ...options, env }),
  );
  return { code, out, err };
}

/** The built binary as a child process (the test's environment plus `env`), for what only a real process shows. */
export function spawnServerCli(args: string[], env: Record<string, string>, input?: string, timeout = 60_000): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
