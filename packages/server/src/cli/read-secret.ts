// Reads a secret for an admin command from stdin's first line or a prompt that does not echo, never from argv.
import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** The password from stdin (`--password-stdin`, or when stdin is not a terminal), else typed at a hidden prompt. */
export async function readSecret(prompt: string, fromStdin: boolean, io: CliIo): Promise<string> {
  const stdin = io.stdin;
  if (fromStdin || !stdin.isTTY) return firstLine(stdin);
  // Echo goes off before the prompt shows, so nothing typed as soon as it appears is echoed.
  stdin.setRawMode!(true);
  io.stderr(prompt);
  stdin.resume();
  let typed = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      stdin.on('data', (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') return resolve(typed);
          if (char === '\u0003') return reject(new Error('cancelled'));
          if (char === '\u007f') typed = typed.slice(0, -1);
          else typed += char;
        }
      });
    });
  } finally {
    stdin.setRawMode!(false);
    stdin.pause();
    io.stderr('\n');
  }
}
