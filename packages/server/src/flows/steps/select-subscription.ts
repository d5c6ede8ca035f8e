// Step `select_subscription`: shown when the account has several active subscriptions; one is taken without
// asking, none means Free. Full subscriptions are listed but cannot be chosen.
import { M, type UiNode } from '@tessera/protocol';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { ConnectState } from '../flow-state.js';
import { advance, notCurrent, type Step, type StepContext, type StepOutcome } from '../step.js';

// A device that already holds a seat on a subscription can always use it again.
const options = (ctx: StepContext<ConnectState>, accountId: string) =>
  ctx.deps.licensing.subscriptions.usableSubscriptions(
    accountId,
    ctx.now,
    ctx.state.reuseDeviceId ? { deviceId: ctx.state.reuseDeviceId } : {},
  );
const day = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().slice(0, 10));

export const selectSubscriptionStep: Step<'select_subscription', ConnectState> = {
  name: 'select_subscription',
  async applies(ctx) {
    const { accountId } = ctx.state;
    if (!accountId || ctx.state.selection) return false;
    const list = await options(ctx, accountId);
    const open = list.filter((o) => !o.full);
    if (list.length > 1) return true;
    ctx.state.selection = { subscriptionId: open[0]?.subscription.id ?? null };
    // The one subscription filled up before this connect got to it: say why the app lands on Free, as when a seat
    // is lost at the last moment (finish.ts).
    if (list.length === 1 && open.length === 0)
      ctx.state.notices.push({ id: M.INFO_SEAT_UNAVAILABLE_FREE, type: 'info' });
    return false;
  },
  async enter(ctx) {
    ctx.state.notices.push({ id: M.INFO_SELECT_SUBSCRIPTION, type: 'info' });
  },
  async nodes(ctx) {
    const { accountId } = ctx.state;
    if (!accountId) return [];
    const nodes: UiNode[] = (await options(ctx, accountId)).map((o) => ({
      name: 'subscription',
      type: 'submit',
      action: 'select',
      value: o.subscription.id,
      disabled: o.full,
      label: label(o.full ? M.LABEL_SUBSCRIPTION_FULL : M.LABEL_SUBSCRIPTION_OPTION, ctx.locale, {
        plan: o.plan.name,
        until: day(o.subscription.endsAt),
        used: o.seatsUsed,
        total: o.seatsTotal,
      }),
      meta: {
        plan: o.plan.id,
        planName: o.plan.name,
        endsAt: o.subscription.endsAt === null ? null : new Date(o.subscription.endsAt).toISOString(),
        seatsUsed: o.seatsUsed,
        seatsTotal: o.seatsTotal,
        full: o.full,
        role: o.role,
      },
    }));
    return nodes;
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const { accountId } = ctx.state;
    if (!accountId) return notCurrent;
    const chosen = (await options(ctx, accountId)).find((o) => o.subscription.id === body.subscriptionId);
    // Foreign, expired and full subscriptions all look the same from here: not selectable.
    if (!chosen || chosen.full) return refuse('SUBSCRIPTION_NOT_SELECTABLE');
    ctx.state.selection = { subscriptionId: chosen.subscription.id };
    return advance;
  },
};
