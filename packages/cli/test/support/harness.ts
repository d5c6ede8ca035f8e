// End-to-end harness: the real server listening in this process, the built `tessera` run as a child with its own TESSERA_HOME.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../server/src/index.js';
import { startLiveServer, type LiveServer } from '../../../sdk/test/support/harness.js';

export const BIN = new URL('../../bin/tessera.js', import.meta.url).pathname;

export type Served = LiveServer;

/** The server's clock starts at real time: the CLI child checks license expiry against its own clock. */
export const serve = (overrides?: Record<string, unknown>): Promise<Served> =>
  startLiveServer({ clock: new ManualClock(Date.now()), ...(overrides ? { overrides } : {}) });

export const newHome = () => mkdtempSync(join(tmpdir(), 'tessera-cli-home-'));

/** The environment of a child: English, no inherited test-runner state, the given TESSERA_HOME. */
export function childEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_HOME: home, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...extra };
  for (const name of ['NODE_TEST_CONTEXT', 'NODE_OPTIONS', 'LC_ALL', 'LC_MESSAGES', 'TESSERA_SERVER']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

export interface Ran {
  code: number | null;
  out: string;
  err: string;
  /** stdout parsed as JSON (for --json runs). */
  json(): any;
}

/**
 * Runs `tessera ARGS` with stdin a pipe (so never interactive). Asynchronous on purpose: the server answering
 * it lives in this very process.
 */
export function tessera(
  args: string[],
  options: { home: string; input?: string; env?: Record<string, string> },
): Promise<Ran> {
  const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(options.home, options.env) });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        out,
        err,
        json() {
          try {
            return JSON.parse(out);
          } catch {
            throw new Error(`not JSON (exit ${code}): ${out}\n${err}`);
          }
        },
      }),
    );
  });
}
