// Drives `tessera` in a pseudo-terminal through util-linux `script`: type keys, wait for what the screen says.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN, childEnv } from './harness.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A' } as const;

// CSI and OSC sequences, and carriage returns: what is left is the text a person reads.
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]|\r/g;
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export class PtySession {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the next waitFor starts looking: expectations are matched in order. */
  private cursor = 0;
  private readonly exited: Promise<number | null>;
  private wake: () => void = () => {};

  constructor(args: string[], options: { home: string; env?: Record<string, string> }) {
    const command = `stty cols 100 rows 50; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: childEnv(options.home, { TERM: 'xterm-256color', ...options.env }),
    });
    const take = (chunk: Buffer) => {
      this.raw += chunk.toString('utf8');
      this.wake();
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code) => {
        this.wake();
        resolve(code);
      }),
    );
  }

  /** Everything written so far, control sequences included. */
  get rawText(): string {
    return this.raw;
  }

  /** Everything shown so far, without terminal control sequences. */
  get text(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Waits until `pattern` appears after the previous match; returns the text up to and including it. */
  async waitFor(pattern: RegExp | string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.text.slice(this.cursor);
      const match =
        typeof pattern === 'string'
          ? (() => {
              const at = rest.indexOf(pattern);
              return at < 0 ? null : { index: at, length: pattern.length };
            })()
          : (() => {
              const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(rest);
              return m ? { index: m.index, length: m[0].length } : null;
            })();
      if (match) {
        const seen = rest.slice(0, match.index + match.length);
        this.cursor += match.index + match.length;
        return seen;
      }
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`waited for ${String(pattern)}; the screen shows:\n${rest.slice(-3000)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Types a line and presses Enter. */
  type(line: string): void {
    this.send(line);
    this.send(KEY.enter);
  }

  async exitCode(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
