// "Get a new code (available in 46 seconds)": the choice counts down while the prompt is open and turns selectable at 0;
// a spent send quota shows the same way with its longer wait ("available in 23 minutes").
import { formatWait } from '@tessera/protocol';
import type { Translator } from '../i18n/translate.js';
import type { Choice } from './prompter.js';

export interface Countdown<V extends string> {
  choice: Choice<V>;
  /** Brings the hint and `disabled` up to date with the clock (the prompt calls it every second). */
  refresh(): void;
}

/** `availableAt`: when the server allows the action (ms since the epoch, this machine's clock). */
export function countdownChoice<V extends string>(
  value: V,
  label: string,
  availableAt: number,
  t: Translator,
): Countdown<V> {
  const choice: Choice<V> = { value, label };
  const refresh = () => {
    const seconds = Math.ceil((availableAt - Date.now()) / 1000);
    if (seconds > 0) {
      choice.disabled = true;
      choice.hint = t('availableIn', { wait: formatWait(seconds, t.locale) });
    } else {
      delete choice.disabled;
      delete choice.hint;
    }
  };
  refresh();
  return { choice, refresh };
}
