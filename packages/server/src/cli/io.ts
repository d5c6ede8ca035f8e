// Where a command writes and reads: the process's own streams for the binary, buffers for a command run in-process.
export interface CliIo {
  /** Writes to stdout as given: results a script reads. */
  stdout(text: string): void;
  /** Writes to stderr as given: usage, errors, progress, prompts. */
  stderr(text: string): void;
  /** Where a secret is read from (its first line, or typed at a prompt when it is a terminal). */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
};
