// What every command is given: its options, the translator, the output, the process's streams and the app it speaks for.
import type { Readable, Writable } from 'node:stream';
import type { Options, ParsedArgs } from './args.js';
import type { AppContext } from './app-context.js';
import type { Translator } from './i18n/translate.js';
import type { Output } from './output.js';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export interface CommandContext {
  args: ParsedArgs;
  options: Options;
  t: Translator;
  out: Output;
  io: Io;
  /** The app and server this command speaks for, with its SDK client (opened once). */
  open(): Promise<AppContext>;
}

export type Command = (ctx: CommandContext) => Promise<number>;
