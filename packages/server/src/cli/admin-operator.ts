// `tessera-server admin tokens …`, `admin webhooks …` and `admin operators …`: operator API tokens, webhook endpoints
// and console operators, on the same services the admin HTTP API and the console use.
import type { TesseraCore as Tessera } from '../composition/index.js';
import { OPERATOR_ROLES, OPERATOR_SCOPES } from '../operators/index.js';
import { WEBHOOK_EVENT_TYPES, type DeliveryStatus } from '../webhooks/index.js';

export interface OperatorAdminValues {
  email?: string | undefined;
  role?: string | undefined;
  name?: string | undefined;
  scopes?: string | undefined;
  url?: string | undefined;
  events?: string | undefined;
  description?: string | undefined;
  status?: string | undefined;
  limit?: string | undefined;
  json?: boolean | undefined;
}

type Out = (text: string) => void;

const when = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z'));
const STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

/** Handles the command if it is one of ours; undefined otherwise. `id` is the positional after the action. */
export async function operatorAdmin(
  tessera: Tessera,
  [area, action, id]: (string | undefined)[],
  values: OperatorAdminValues,
  out: Out,
  fail: (m: string) => number,
  /** stderr: what a script piping stdout should not read (progress, warnings, what cannot be shown again). */
  err: (text: string) => void,
): Promise<number | undefined> {
  const tokens = tessera.operatorTokens;
  const endpoints = tessera.webhooks.endpoints;
  const operators = tessera.services.operator.consoleOperators;

  if (area === 'operators' && action === 'grant') {
    if (!values.email || !values.role)
      return fail(`admin operators grant needs --email E and --role ${OPERATOR_ROLES.join('|')}`);
    const granted = await operators.grant({ email: values.email, role: values.role });
    if (!granted.ok) return fail(`Not granted: ${granted.problem}`);
    const o = granted.operator;
    out(values.json ? JSON.stringify(o) : `${o.email} (${o.accountId}) is a console operator: ${o.role}.`);
    return 0;
  }
  if (area === 'operators' && action === 'revoke') {
    if (!values.email) return fail('admin operators revoke needs --email E (see: admin operators list)');
    const revoked = await operators.revoke({ email: values.email });
    if (!revoked.ok) return fail(revoked.problem);
    out(
      values.json
        ? JSON.stringify({ email: values.email, revoked: true, sessionsEnded: revoked.sessionsEnded })
        : `${values.email} is no longer a console operator (${revoked.sessionsEnded} console sessions ended).`,
    );
    return 0;
  }
  if (area === 'operators' && action === 'list') {
    const list = await operators.list();
    if (values.json) out(JSON.stringify(list));
    else
      for (const o of list)
        out(`${o.accountId}  ${o.email.padEnd(30)} ${o.role.padEnd(9)} granted ${when(o.grantedAt)}`);
    return 0;
  }

  if (area === 'tokens' && action === 'create') {
    if (!values.name || !values.scopes)
      return fail(`admin tokens create needs --name N and --scopes a,b (from: ${OPERATOR_SCOPES.join(', ')})`);
    const created = await tokens.create({ name: values.name, scopes: values.scopes });
    if (!created.ok) return fail(`Token not created: ${created.problem}`);
    if (values.json) out(JSON.stringify({ token: created.token, ...created.summary }));
    else {
      // The token alone on stdout, so it can be piped into a secret store; the rest on stderr.
      out(created.token);
      err(
        `Token ${created.summary.id} (${created.summary.name}): ${created.summary.scopes.join(', ')}. Keep it now: it cannot be shown again.\n`,
      );
    }
    return 0;
  }
  if (area === 'tokens' && action === 'list') {
    const list = await tokens.list();
    if (values.json) out(JSON.stringify(list));
    else
      for (const t of list)
        out(
          `${t.id}  ${t.name.padEnd(20)} ${t.revokedAt ? `revoked ${when(t.revokedAt)}` : 'live'}  last used ${when(t.lastUsedAt)}  [${t.scopes.join(',')}]`,
        );
    return 0;
  }
  if (area === 'tokens' && action === 'revoke') {
    if (!id) return fail('admin tokens revoke needs the token id (see: admin tokens list)');
    const revoked = await tokens.revoke(id);
    if (!revoked.ok) return fail(revoked.problem);
    out(values.json ? JSON.stringify(revoked.summary) : `Revoked ${id} (${revoked.summary.name}).`);
    return 0;
  }

  if (area === 'webhooks' && action === 'create') {
    if (!values.url || !values.events)
      return fail(`admin webhooks create needs --url U and --events a,b (from: ${WEBHOOK_EVENT_TYPES.join(', ')})`);
    const created = await endpoints.create({
      url: values.url,
      eventTypes: values.events,
      ...(values.description ? { description: values.description } : {}),
    });
    if (!created.ok) return fail(`Endpoint not created: ${created.problem}`);
    if (values.json) out(JSON.stringify({ ...created.endpoint, secret: created.secret }));
    else {
      out(created.secret);
      err(
        `Endpoint ${created.endpoint.id} → ${created.endpoint.url} (${created.endpoint.eventTypes.join(', ')}). The signing secret above cannot be shown again.\n`,
      );
    }
    return 0;
  }
  if (area === 'webhooks' && action === 'list') {
    const list = await endpoints.list();
    if (values.json) out(JSON.stringify(list));
    else
      for (const e of list)
        out(
          `${e.id}  ${e.url}  ${e.disabledAt ? `disabled ${when(e.disabledAt)} (${e.disabledReason ?? ''})` : 'enabled'}  [${e.eventTypes.join(',')}]`,
        );
    return 0;
  }
  if (area === 'webhooks' && (action === 'delete' || action === 'enable')) {
    if (!id) return fail(`admin webhooks ${action} needs the endpoint id (see: admin webhooks list)`);
    const done = action === 'delete' ? await endpoints.delete(id) : await endpoints.enable(id);
    if (!done.ok) return fail(done.problem);
    out(
      values.json
        ? JSON.stringify({ id, [action === 'delete' ? 'deleted' : 'enabled']: true })
        : `${action === 'delete' ? 'Deleted' : 'Enabled'} ${id}.`,
    );
    return 0;
  }
  if (area === 'webhooks' && action === 'deliveries') {
    if (!id) return fail('admin webhooks deliveries needs the endpoint id (see: admin webhooks list)');
    if (values.status && !STATUSES.includes(values.status as DeliveryStatus))
      return fail(`--status takes ${STATUSES.join(', ')}`);
    const limit = Math.min(Math.max(Number(values.limit ?? 50) || 50, 1), 1000);
    const listed = await endpoints.deliveries(id, {
      limit,
      ...(values.status ? { status: values.status as DeliveryStatus } : {}),
    });
    if (!listed.ok) return fail(listed.problem);
    if (values.json) out(JSON.stringify(listed.deliveries));
    else
      for (const d of listed.deliveries)
        out(
          `${d.id}  ${d.eventId}  ${d.eventType.padEnd(22)} ${d.status.padEnd(9)} attempts ${d.attempts}  last ${d.lastStatusCode ?? '-'} ${when(d.lastAttemptAt)}${d.status === 'pending' && d.attempts > 0 ? `  next ${when(d.nextAttemptAt)}` : ''}${d.lastError && d.status !== 'delivered' ? `  ${d.lastError}` : ''}`,
        );
    return 0;
  }
  if (area === 'webhooks' && action === 'redeliver') {
    if (!id) return fail('admin webhooks redeliver needs the delivery id (see: admin webhooks deliveries ENDPOINT)');
    const queued = await endpoints.redeliver(id);
    if (!queued.ok) return fail(queued.problem);
    out(
      values.json
        ? JSON.stringify(queued.delivery)
        : `Queued ${queued.delivery.id} (event ${queued.delivery.eventId}).`,
    );
    return 0;
  }
  return undefined;
}
