// `tessera connect --device-code --json` as a script runs it: the code line handed to a person while it waits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { BIN, childEnv, type Served } from './harness.js';

/** Runs the command, hands its first line (the code) to `person`, and resolves with the exit code and what followed. */
export function runDeviceCode(
  served: Served,
  home: string,
  person: (event: Record<string, any>) => Promise<unknown>,
): Promise<{ code: number | null; event: Record<string, any>; result: Record<string, any>; err: string }> {
  const args = ['connect', '--device-code', '--json', '--server', served.url, '--app', 'app.tv'];
  const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(home) });
  child.stdin.end('');
  let out = '';
  let err = '';
  let event: Record<string, any> | undefined;
  let answered: Promise<unknown> = Promise.resolve();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    const newline = out.indexOf('\n');
    if (!event && newline > 0) {
      event = JSON.parse(out.slice(0, newline));
      answered = person(event!);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', async (code) => {
      try {
        await answered;
        assert.ok(event, `no event line: ${out} ${err}`);
        resolve({ code, event, result: JSON.parse(out.slice(out.indexOf('\n') + 1)), err });
      } catch (error) {
        reject(error);
      }
    });
  });
}
