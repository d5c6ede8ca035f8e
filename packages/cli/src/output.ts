// Where a command's words go: plain lines for people, one JSON document on stdout for --json.
import type { Writable } from 'node:stream';

export interface Output {
  readonly json: boolean;
  /** A line for people (not printed with --json). */
  line(text: string): void;
  /** A warning or error for people, on stderr (not printed with --json). */
  warn(text: string): void;
  /** The --json result (not printed without --json). */
  result(value: unknown): void;
}

export function createOutput(json: boolean, stdout: Writable, stderr: Writable): Output {
  return {
    json,
    line: (text) => { if (!json) stdout.write(`${text}\n`); },
    warn: (text) => { if (!json) stderr.write(`${text}\n`); },
    result: (value) => { if (json) stdout.write(`${JSON.stringify(value, null, 2)}\n`); },
  };
}
