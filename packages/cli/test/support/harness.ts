// End-to-end harness: the real server listening in this process, and `tessera` with its own TESSERA_HOME, run through
// runCli in-process (what the binary runs, without a Node start per command) or as the built binary.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { runCli } from '../../src/index.js';
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

export interface TesseraOptions {
  home: string;
  input?: string;
  env?: Record<string, string>;
  /**
   * Runs the built binary as a child. `run` always does: its program inherits tessera's stdio and signals, which only a
   * process of its own has. Otherwise runCli runs here with the child's environment and stdin a pipe.
   */
  binary?: boolean;
}

/** Runs `tessera ARGS` with stdin a pipe (so never interactive). */
export function tessera(args: string[], options: TesseraOptions): Promise<Ran> {
  return options.binary || args[0] === 'run'
    ? spawned(args, options)
    : runInProcess(args, { ...options, env: childEnv(options.home, options.env) });
}

function ran(code: number | null, out: string, err: string): Ran {
  return {
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
  };
}

/** The home of the in-process runs under way (they may overlap only on one home: see inProcess). */
let current: { home: string; runs: number; saved: string | undefined } | undefined;

/** runCli in this process with `env` as its whole environment, stdin a pipe, and the device store in `home`. */
export async function runInProcess(
  args: string[],
  options: { home: string; input?: string; env: NodeJS.ProcessEnv },
): Promise<Ran> {
  // The SDK's file store finds its folder in the process's environment, not in runCli's `io.env`: without this an
  // in-process run would use the real ~/.config/tessera.
  if (current && current.home !== options.home) throw new Error('in-process tessera runs overlap on two homes');
  current ??= { home: options.home, runs: 0, saved: process.env.TESSERA_HOME };
  current.runs++;
  process.env.TESSERA_HOME = options.home;
  try {
    return await runCliWith(args, options);
  } finally {
    if (--current.runs === 0) {
      if (current.saved === undefined) delete process.env.TESSERA_HOME;
      else process.env.TESSERA_HOME = current.saved;
      current = undefined;
    }
  }
}

async function runCliWith(args: string[], options: { input?: string; env: NodeJS.ProcessEnv }): Promise<Ran> {
  let out = '';
  let err = '';
  const sink = (add: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await runCli(args, {
    stdin: options.input === undefined ? new PassThrough().end() : Readable.from([options.input]),
    stdout: sink((t) => (out += t)),
    stderr: sink((t) => (err += t)),
    env: options.env,
  });
  return ran(code, out, err);
}

/** The built binary as a child. Asynchronous on purpose: the server answering it lives in this very process. */
function spawned(args: string[], options: TesseraOptions): Promise<Ran> {
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
    child.once('close', (code) => resolve(ran(code, out, err)));
  });
}
