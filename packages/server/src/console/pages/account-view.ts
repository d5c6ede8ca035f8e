// What the account page shows, gathered from the services in one place (each part only when the role may read it).
import type { WebServices } from '../../web/index.js';
import type { Account, AccountDeletionRecord, PasskeySummary } from '../../identity/index.js';
import type { SessionRecord } from '../../sessions/index.js';
import type { DeviceWithApps } from '../../devices/index.js';
import type { AccountSubscription, Plan } from '../../licensing/index.js';
import type { AuditEvent } from '../../audit/index.js';
import type { StatementAcceptance } from '../../consent/index.js';
import type { ConsoleContext } from '../context.js';

export interface AccountView {
  account: Account;
  deletion: AccountDeletionRecord | undefined;
  passkeys: PasskeySummary[];
  sessions: SessionRecord[];
  devices: DeviceWithApps[];
  subscriptions: AccountSubscription[];
  acceptances: StatementAcceptance[];
  events: AuditEvent[];
  /** Plans a subscription can be granted on (only for roles that may grant). */
  plans: Plan[];
}

const EVENTS_SHOWN = 30;

export async function loadAccountView(s: WebServices, ctx: ConsoleContext, account: Account): Promise<AccountView> {
  const id = account.id;
  const when = <T>(allowed: boolean, load: () => Promise<T[]>): Promise<T[]> =>
    allowed ? load() : Promise.resolve([]);
  const [deletion, passkeys, sessions, devices, subscriptions, acceptances, events, plans] = await Promise.all([
    s.operator.accountAdmin.deletionStatus(id),
    s.passkeys.list(id),
    s.sessions.list(id),
    when(ctx.can('devices:read'), () => s.devices.list(id)),
    when(ctx.can('subscriptions:read'), () => s.licensing.listForAccount(id)),
    s.consent.acceptances(id),
    when(ctx.can('events:read'), () => s.audit.recent(id, EVENTS_SHOWN)),
    when(ctx.can('subscriptions:write'), () => s.licensing.operator.listPlans()),
  ]);
  return { account, deletion, passkeys, sessions, devices, subscriptions, acceptances, events, plans };
}

/** The connected devices whose live apps use this subscription: who holds its seats. */
export const holdersOf = (devices: DeviceWithApps[], subscriptionId: string) =>
  devices.filter(
    (d) => d.disconnectedAt === null && d.apps.some((a) => a.revokedAt === null && a.subscriptionId === subscriptionId),
  );

export const accountPath = (accountId: string) => `/console/accounts/${encodeURIComponent(accountId)}`;
