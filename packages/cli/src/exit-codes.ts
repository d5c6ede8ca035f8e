// The documented exit codes of `tessera`, shared by every command, `--help` and the README.
export const EXIT = {
  OK: 0,
  /** A bug or an answer nobody planned for. */
  UNEXPECTED: 1,
  /** Bad command line: unknown command or option, bad value. */
  USAGE: 2,
  /** Non-interactive connect reached a step only a person can take; stdout describes it (with --json, as JSON). */
  PERSON_NEEDED: 3,
  /** This app is not connected, or its license is not valid (status, run, check-in). */
  NOT_CONNECTED: 4,
  /** The server could not be reached. */
  UNREACHABLE: 5,
  /** The connect attempt expired on the server; start again. */
  FLOW_EXPIRED: 6,
  /** The server refused: wrong email, password or code, statement declined, subscription not selectable, too many attempts. */
  REFUSED: 7,
  /** The device store is unreadable: a corrupt file, or permissions looser than 0600/0700. Nothing was changed. */
  STORE: 8,
  /** `run`: the command could not be started (not found or not executable). */
  COMMAND_NOT_FOUND: 127,
  /** The person cancelled (Ctrl-C or Esc at a prompt). */
  CANCELLED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
