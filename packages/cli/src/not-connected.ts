// "Not connected": the lines a person reads, and the failure scripts get (exit 4, code NOT_CONNECTED, the status).
import type { NotConnectedStatus } from '@tessera/sdk';
import type { AppContext } from './app-context.js';
import { EXIT } from './exit-codes.js';
import { CliFailure } from './failure.js';
import type { Translator } from './i18n/translate.js';
import type { Output } from './output.js';
import { notConnectedLines, reasonText } from './status-view.js';

/** Prints the lines for people and returns the failure to throw; `code` is NOT_CONNECTED unless the cause is more precise. */
export function notConnected(
  status: NotConnectedStatus,
  app: AppContext,
  out: Output,
  t: Translator,
  code = 'NOT_CONNECTED',
): CliFailure {
  for (const line of notConnectedLines(status, app.appFlag, t)) out.line(line);
  return new CliFailure(
    EXIT.NOT_CONNECTED,
    code,
    t('notConnected', { reason: reasonText(status, t) }),
    { status },
    true,
  );
}
