// `tessera-server admin users list`, `admin accounts recovery` and `admin subscriptions transfer`: support's commands,
// on the same operator services as /admin/v1 (the same search, pages, checks, audit entries and webhook events).
import { accountView, subscriptionView } from '../admin/index.js';
import { decodeCursor, encodeCursor } from '../common/index.js';
import type { OperatorActor } from '../identity/index.js';
import type { TesseraCore as Tessera } from '../composition/index.js';

export interface SupportAdminValues {
  search?: string | undefined;
  limit?: string | undefined;
  cursor?: string | undefined;
  id?: string | undefined;
  to?: string | undefined;
  json?: boolean | undefined;
}

type Out = (text: string) => void;

/** The host's own operator: no token, so the audit names the CLI instead. */
const CLI_ACTOR: OperatorActor = { tokenId: 'cli', ip: null };
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Handles the command if it is one of ours; undefined otherwise. */
export async function supportAdmin(
  tessera: Tessera,
  [area, action]: (string | undefined)[],
  values: SupportAdminValues,
  out: Out,
  fail: (m: string) => number,
  /** stderr: what a script piping stdout should not read (progress, warnings, what cannot be shown again). */
  err: (text: string) => void,
): Promise<number | undefined> {
  const operator = tessera.services.operator;

  if (area === 'users' && action === 'list') {
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return fail('--limit takes a whole number from 1 to 1000');
    const afterId = values.cursor === undefined ? undefined : decodeCursor(values.cursor);
    if (afterId === null) return fail('--cursor takes the next_cursor of a previous page');
    const found = await operator.directory.page({
      limit,
      ...(values.search !== undefined ? { term: values.search } : {}),
      ...(afterId !== undefined ? { afterId } : {}),
    });
    const next = found.nextAfterId === null ? null : encodeCursor(found.nextAfterId);
    // The body of GET /admin/v1/accounts, so one parser reads both.
    if (values.json) out(JSON.stringify({ items: found.items.map(accountView), next_cursor: next }));
    else {
      for (const a of found.items)
        out(
          `${a.id}  ${a.email}  ${a.country}  ${a.phoneE164 ? 'sms' : '-'}  ${a.totpSecretSealed ? 'totp' : '-'}  ${new Date(a.createdAt).toISOString()}${a.disabledAt !== null ? '  disabled' : ''}`,
        );
      if (next) err(`More: --cursor ${next}\n`);
    }
    return 0;
  }

  if (area === 'accounts' && action === 'recovery') {
    if (!values.id || !ID.test(values.id)) return fail('admin accounts recovery needs --id ACCOUNT_ID');
    const r = await operator.accountAdmin.startRecovery(values.id, CLI_ACTOR);
    if (!r.ok) return fail(`No account ${values.id} (see: admin users list --search …)`);
    out(values.json ? JSON.stringify({ accepted: true }) : `Recovery email queued for ${values.id}'s address.`);
    return 0;
  }

  if (area === 'subscriptions' && action === 'transfer') {
    if (!values.id || !ID.test(values.id) || !values.to || !ID.test(values.to))
      return fail('admin subscriptions transfer needs --id SUBSCRIPTION_ID and --to ACCOUNT_ID');
    if (!(await tessera.services.accounts.get(values.to))) return fail(`No account ${values.to}`);
    const r = await operator.subscriptions.transfer(values.id, values.to, CLI_ACTOR);
    if (!r.ok)
      return fail(
        r.code === 'SUBSCRIPTION_NOT_FOUND' ? `No subscription ${values.id}` : `Refused: ${r.context?.problem}`,
      );
    // The body of POST /admin/v1/subscriptions/{id}/transfer.
    if (values.json)
      out(
        JSON.stringify({
          subscription: subscriptionView(r.subscription),
          fromAccountId: r.fromAccountId,
          freedDeviceIds: r.freedDeviceIds,
        }),
      );
    else
      out(
        `Transferred ${values.id} from ${r.fromAccountId} to ${values.to}; ${r.freedDeviceIds.length} seat(s) freed.`,
      );
    return 0;
  }
  return undefined;
}
