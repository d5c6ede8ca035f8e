// What the interactive answers share during one `tessera connect`: prompts, texts, options and what was typed.
import type { Options } from '../args.js';
import type { Translator } from '../i18n/translate.js';
import type { Prompter } from './prompter.js';

export interface Session {
  ask: Prompter;
  t: Translator;
  options: Options;
  env: NodeJS.ProcessEnv;
  /** The spinner's words while the server works. */
  waiting: string;
  memory: {
    email?: string;
    askedForAccount: boolean;
    /** Set by "Didn't receive the code?": the notices the server repeats with the help are not shown twice. */
    quietRepeats?: boolean;
  };
}
