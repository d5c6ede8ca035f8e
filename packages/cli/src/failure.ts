// The one way a command ends unsuccessfully: an exit code, a stable code for scripts, a message for people.
import type { ExitCode } from './exit-codes.js';

export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    /** Stable, for scripts: e.g. NOT_CONNECTED, UNREACHABLE, CREDENTIALS_INVALID. */
    readonly code: string,
    message: string,
    /** Extra facts for --json (e.g. the step a person has to take). */
    readonly details: Record<string, unknown> = {},
    /** The person has already seen the message (e.g. a prompt said "Cancelled"). */
    readonly alreadyShown = false,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
