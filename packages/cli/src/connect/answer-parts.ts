// What the interactive answers share: the server's labels with a fallback, and the validators of typed answers.
import type { MessageId } from '@tessera/protocol';
import type { Step } from '@tessera/sdk';
import type { Session } from './session.js';

/** The server's label for a node of the step, else the same stable id rendered here. */
export function labelOf(step: Step, name: string, fallback: MessageId, s: Session): string {
  return step.nodes.find((n) => n.name === name)?.label?.text ?? s.t.id(fallback);
}

/** A validator that refuses a blank answer. */
export const notEmpty = (s: Session) => (value: string) => (value.trim() ? undefined : s.t('required'));

/** A validator for a code: six digits, or blank (to go back to the choices). */
export const sixDigitsOrBlank = (s: Session) => (value: string) =>
  value.trim() === '' || /^\d{6}$/.test(value.trim()) ? undefined : s.t('sixDigits');
