// The steps about what the connection may use: the regional data statement (consent) and the subscription choice.
import type { FlowView } from '@tessera/protocol';
import type { ConsentStep, SelectSubscriptionStep, SubscriptionOption } from '../api.js';
import { nodeNamed, protocolError, stepBase, type StepContext } from './step-parts.js';

/** `consent`: the statement as the server rendered it; accept/decline send back the version shown. */
export function consentStep(view: FlowView, ctx: StepContext): ConsentStep {
  const title = nodeNamed(view, 'statement_title');
  const body = nodeNamed(view, 'statement_body');
  const meta = title?.meta ?? body?.meta ?? {};
  // The version accepted must be the one shown: it travels back so the server can refuse a newer statement.
  const version = Number(nodeNamed(view, 'version')?.value ?? meta.version);
  if (!title?.label || !body?.label || !Number.isSafeInteger(version)) throw protocolError(view, 'the statement');
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...stepBase(view),
    kind: 'consent',
    statement: {
      title: title.label.text,
      body: body.label.text,
      version,
      region: text(meta.region),
      locale: text(meta.locale),
    },
    accept: () => ctx.next(view, { step: 'consent', action: 'accept', version }),
    decline: () => ctx.next(view, { step: 'consent', action: 'decline', version }),
  };
}

/** `select_subscription`: the options from the server's nodes (plan, expiry, seats), full ones included. */
export function selectSubscriptionStep(view: FlowView, ctx: StepContext): SelectSubscriptionStep {
  const options: SubscriptionOption[] = view.ui.nodes
    .filter((n) => n.name === 'subscription' && typeof n.value === 'string')
    .map((n) => {
      const m = n.meta ?? {};
      return {
        id: n.value!,
        plan: String(m.plan ?? ''),
        planName: String(m.planName ?? m.plan ?? ''),
        endsAt: typeof m.endsAt === 'string' ? m.endsAt : null,
        seatsUsed: Number(m.seatsUsed ?? 0),
        seatsTotal: Number(m.seatsTotal ?? 0),
        full: n.disabled === true || m.full === true,
        label: n.label?.text ?? String(m.planName ?? n.value),
      };
    });
  if (options.length === 0) throw protocolError(view, 'subscriptions to choose from');
  return {
    ...stepBase(view),
    kind: 'select_subscription',
    options,
    select: (subscriptionId) => ctx.next(view, { step: 'select_subscription', subscriptionId }),
  };
}
