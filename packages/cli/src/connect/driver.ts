// How `tessera connect` answers the steps the server sends: a person at a terminal, or a script with flags.
import type { DoneStep, Step } from '@tessera/sdk';

export type OpenStep = Exclude<Step, { kind: 'done' }>;

export interface ConnectDriver {
  /** Waits for the SDK (with a spinner for a person). */
  wait<T>(work: Promise<T>): Promise<T>;
  /** Shows the step's messages as needed, answers it and returns the server's next step. */
  answer(step: OpenStep): Promise<Step>;
  /** Says the app is connected. */
  connected(step: DoneStep): void;
}
