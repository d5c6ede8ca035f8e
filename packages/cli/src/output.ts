// Where a command's words go: plain lines for people, one JSON document on stdout for --json (one shape for every command).
import type { Writable } from 'node:stream';
import type { CliFailure } from './failure.js';

export interface Output {
  readonly json: boolean;
  /** A line for people (not printed with --json). */
  line(text: string): void;
  /** A warning or error for people, on stderr (not printed with --json). */
  warn(text: string): void;
  /** The --json result of a success: `{ ok: true, command, …fields }` (not printed without --json). */
  result(fields: Record<string, unknown>): void;
  /** With --json, one compact line before the result: something a script must act on while the command runs. */
  event(fields: Record<string, unknown>): void;
  /** The --json result of a failure: `{ ok: false, command, exitCode, code, message, …about, …details }`. */
  failure(failure: CliFailure, about?: Record<string, unknown>): void;
}

/** `command`: the command that ran, or null when the command line could not be read. */
export function createOutput(json: boolean, stdout: Writable, stderr: Writable, command: string | null): Output {
  const write = (value: Record<string, unknown>) => {
    if (json) stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  };
  return {
    json,
    line: (text) => {
      if (!json) stdout.write(`${text}\n`);
    },
    warn: (text) => {
      if (!json) stderr.write(`${text}\n`);
    },
    result: (fields) => write({ ok: true, command, ...fields }),
    event: (fields) => {
      if (json) stdout.write(`${JSON.stringify({ command, ...fields })}\n`);
    },
    failure: ({ exitCode, code, message, details }, about = {}) =>
      write({ ok: false, command, exitCode, code, message, ...about, ...details }),
  };
}
