// @clack/prompts bound to the command's streams: every answer is checked for cancellation (Ctrl-C, Esc).
import { styleText } from 'node:util';
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
  text(
    message: string,
    options?: { initialValue?: string; placeholder?: string; validate?: (value: string) => string | undefined },
  ): Promise<string>;
  password(message: string): Promise<string>;
  /**
   * One of the choices. `refresh`, when given, is called every second while the prompt is open: it may change the
   * choices' labels, hints and `disabled` in place (a countdown), and the prompt is drawn again.
   */
  select<V extends string>(message: string, choices: Array<Choice<V>>, refresh?: () => void): Promise<V>;
  /** Writes raw bytes (an inline image) on the guide line; only for a terminal that declared it understands them. */
  raw(sequence: string): void;
  /** Runs SDK work under a spinner. */
  spin<T>(message: string, work: Promise<T>): Promise<T>;
  show(messages: UiMessage[]): void;
  block(lines: string[]): void;
  note(body: string, title: string): void;
  intro(text: string): void;
  outro(text: string): void;
}

// @clack/prompts draws its key hint from this exported list, in English: it is put in the command's language.
function translateKeyHint(t: Translator): void {
  p.SELECT_INSTRUCTIONS.splice(
    0,
    p.SELECT_INSTRUCTIONS.length,
    `${styleText('dim', '↑/↓')} ${t('keysNavigate')}`,
    `${styleText('dim', 'Enter:')} ${t('keysConfirm')}`,
  );
}

export function createPrompter(io: Io, t: Translator): Prompter {
  const common = { input: io.stdin, output: io.stdout };
  translateKeyHint(t);
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
    text: (message, options = {}) =>
      answered(
        p.text({
          ...common,
          message,
          ...(options.initialValue !== undefined ? { initialValue: options.initialValue } : {}),
          ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
          validate: (value) => options.validate?.(value ?? ''),
        }),
      ),
    password: (message) =>
      answered(p.password({ ...common, message, validate: (value) => (value ? undefined : t('required')) })),
    async select<V extends string>(message: string, choices: Array<Choice<V>>, refresh?: () => void) {
      // The prompt keeps the very option objects it was given and redraws itself when its output is resized.
      const timer =
        refresh &&
        setInterval(() => {
          refresh();
          io.stdout.emit('resize');
        }, 1000);
      try {
        return await answered(
          p.select<V>({ ...common, message, options: choices as Parameters<typeof p.select<V>>[0]['options'] }),
        );
      } finally {
        clearInterval(timer);
      }
    },
    raw: (sequence) => {
      io.stdout.write(`${styleText('gray', p.S_BAR)}  ${sequence}\n`);
    },
    async spin(message, work) {
      // Quick answers show no spinner at all, rather than a flicker.
      const spinner = p.spinner({ output: io.stdout });
      let started = false;
      const timer = setTimeout(() => {
        started = true;
        spinner.start(message);
      }, 200);
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
