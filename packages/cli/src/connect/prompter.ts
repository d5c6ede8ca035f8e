// @clack/prompts bound to the command's streams: every answer is checked for cancellation (Ctrl-C, Esc).
import * as p from '@clack/prompts';
import type { UiMessage } from '@tessera/protocol';
import type { Io } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import type { Translator } from '../i18n/translate.js';
import { wrap } from './wrap.js';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export interface Prompter {
  text(message: string, options?: { initialValue?: string; placeholder?: string; validate?: (value: string) => string | undefined }): Promise<string>;
  password(message: string): Promise<string>;
  select<V extends string>(message: string, choices: Array<Choice<V>>): Promise<V>;
  /** Runs SDK work under a spinner. */
  spin<T>(message: string, work: Promise<T>): Promise<T>;
  show(messages: UiMessage[]): void;
  block(lines: string[]): void;
  note(body: string, title: string): void;
  intro(text: string): void;
  outro(text: string): void;
}

export function createPrompter(io: Io, t: Translator): Prompter {
  const common = { input: io.stdin, output: io.stdout };
  // The guide line and its margin take 3 columns.
  const width = () => Math.max(20, (io.stdout.columns || 80) - 4);
  const answered = async <T>(answer: Promise<T>): Promise<Exclude<T, symbol>> => {
    const value = await answer;
    if (p.isCancel(value)) {
      p.cancel(t('cancelled'), { output: io.stdout });
      throw new CliFailure(EXIT.CANCELLED, 'CANCELLED', t('cancelled'), {}, true);
    }
    return value as Exclude<T, symbol>;
  };
  return {
    text: (message, options = {}) => answered(p.text({
      ...common, message,
      ...(options.initialValue !== undefined ? { initialValue: options.initialValue } : {}),
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      validate: (value) => options.validate?.(value ?? ''),
    })),
    password: (message) => answered(p.password({ ...common, message, validate: (value) => (value ? undefined : t('required')) })),
    select: <V extends string>(message: string, choices: Array<Choice<V>>) =>
      answered(p.select<V>({ ...common, message, options: choices as Parameters<typeof p.select<V>>[0]['options'] })),
    async spin(message, work) {
      // Quick answers show no spinner at all, rather than a flicker.
      const spinner = p.spinner({ output: io.stdout });
      let started = false;
      const timer = setTimeout(() => { started = true; spinner.start(message); }, 200);
      try {
        return await work;
      } finally {
        clearTimeout(timer);
        if (started) spinner.clear();
      }
    },
    show(messages) {
      for (const m of messages) {
        const text = wrap(m.text, width());
        if (m.type === 'error') p.log.error(text, { output: io.stdout });
        else if (m.type === 'success') p.log.success(text, { output: io.stdout });
        else p.log.info(text, { output: io.stdout });
      }
    },
    block: (lines) => p.log.message(lines, { output: io.stdout }),
    // The box takes 6 more columns than the guide line.
    note: (body, title) => p.note(wrap(body, width() - 6), title, { output: io.stdout }),
    intro: (text) => p.intro(text, { output: io.stdout }),
    outro: (text) => p.outro(text, { output: io.stdout }),
  };
}
