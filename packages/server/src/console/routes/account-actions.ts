// What support does to an account from its page, through the same services as /admin/v1: disable/enable, reset
// second factors, sign out everywhere, start a recovery, delete (with the self-service grace), disconnect a device,
// and grant, extend or revoke a subscription. Each answers with the account page and a notice of what happened.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { OperatorActor } from '../../identity/index.js';
import { errorText } from '../catalog.js';
import { setFlash, type Flash } from '../context.js';
import { formatTime } from '../format.js';
import { accountPath } from '../pages/account-view.js';
import { formOf, idParam, type ConsoleKit, type OperatorContext } from '../route-kit.js';
import { redirect } from '../send-page.js';

const back = (request: FastifyRequest) => accountPath(idParam(request, 'accountId'));

/** The operator as the account's audit trail records it: the console and the operator's account. */
const actorOf = (request: FastifyRequest, ctx: OperatorContext): OperatorActor => ({
  tokenId: `console:${ctx.operator.account.id}`,
  ip: request.ip,
});

/** A whole number of days in range, or undefined for anything else. */
function daysOf(value: string | undefined, min: number): number | undefined {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return undefined;
  const days = Number(value.trim());
  return days >= min && days <= 36_500 ? days : undefined;
}

export function accountActions(kit: ConsoleKit, s: WebServices): void {
  const admin = s.operator.accountAdmin;
  const done = (request: FastifyRequest, reply: FastifyReply, flash: Flash) => {
    setFlash(request, reply, s, flash);
    return redirect(reply, back(request));
  };
  const found = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
    if (!result.ok) throw new AppError('NOT_FOUND');
    return result as Extract<T, { ok: true }>;
  };
  const account = { scope: 'accounts:write', back } as const;

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    kit.action(
      `/console/accounts/:accountId/${action}`,
      { ...account, fresh: disabled },
      async (request, reply, ctx) => {
        const r = found(await admin.setDisabled(idParam(request, 'accountId'), disabled, actorOf(request, ctx)));
        return done(request, reply, {
          key: !r.changed ? 'flash.unchanged' : disabled ? 'flash.disabled' : 'flash.enabled',
        });
      },
    );

  kit.action('/console/accounts/:accountId/reset-factors', { ...account, fresh: true }, async (request, reply, ctx) => {
    const r = found(await admin.resetSecondFactors(idParam(request, 'accountId'), actorOf(request, ctx)));
    return done(request, reply, { key: 'flash.factorsReset', context: { sessions: r.sessionsEnded } });
  });

  kit.action('/console/accounts/:accountId/sign-out-everywhere', account, async (request, reply, ctx) => {
    const r = found(await admin.signOutEverywhere(idParam(request, 'accountId'), actorOf(request, ctx)));
    return done(request, reply, { key: 'flash.signedOutAll', context: { sessions: r.sessionsEnded } });
  });

  // The link goes to the account's own address, never one typed here; the answer is the same whatever happens next.
  kit.action('/console/accounts/:accountId/start-recovery', account, async (request, reply, ctx) => {
    found(await admin.startRecovery(idParam(request, 'accountId'), actorOf(request, ctx)));
    return done(request, reply, { key: 'flash.recoveryStarted' });
  });

  kit.action('/console/accounts/:accountId/delete', { ...account, fresh: true }, async (request, reply, ctx) => {
    const r = found(await admin.scheduleDeletion(idParam(request, 'accountId'), actorOf(request, ctx)));
    return done(request, reply, {
      key: 'flash.deletionScheduled',
      context: { date: formatTime(ctx.locale, r.purgeAt) },
    });
  });

  kit.action('/console/accounts/:accountId/cancel-deletion', account, async (request, reply, ctx) => {
    const r = found(await admin.cancelDeletion(idParam(request, 'accountId'), actorOf(request, ctx)));
    return done(request, reply, { key: r.cancelled ? 'flash.deletionCancelled' : 'flash.unchanged' });
  });

  kit.action(
    '/console/accounts/:accountId/devices/:deviceId/disconnect',
    { scope: 'devices:write', fresh: true, back },
    async (request, reply) => {
      const accountId = idParam(request, 'accountId');
      const deviceId = idParam(request, 'deviceId');
      // Another account's device looks like none.
      if (!(await s.devices.find(accountId, deviceId))) throw new AppError('NOT_FOUND');
      const disconnected = await s.disconnectDevice(accountId, deviceId);
      return done(request, reply, { key: disconnected ? 'flash.deviceDisconnected' : 'flash.deviceAlready' });
    },
  );

  kit.action(
    '/console/accounts/:accountId/subscriptions',
    { scope: 'subscriptions:write', back },
    async (request, reply, ctx) => {
      const accountId = idParam(request, 'accountId');
      if (!(await s.accounts.get(accountId))) throw new AppError('NOT_FOUND');
      const form = formOf(request);
      const termText = form.termDays?.trim() ?? '';
      const termDays = termText === '' ? undefined : daysOf(termText, 0);
      const planId = form.planId ?? '';
      if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(planId) || (termText !== '' && termDays === undefined))
        return done(request, reply, { key: 'form.invalid', type: 'info' });
      const r = await s.licensing.operator.grant({
        accountId,
        planId,
        ...(termDays !== undefined ? { termDays } : {}),
        note: `console: ${ctx.operator.account.email}`,
      });
      if (!r.ok) return done(request, reply, { key: 'flash.planUnknown', type: 'info' });
      return done(request, reply, { key: 'flash.granted', context: { plan: planId } });
    },
  );

  /** A subscription this account owns or shares; anything else looks like none. */
  const subscriptionOf = async (request: FastifyRequest) => {
    const accountId = idParam(request, 'accountId');
    const subscriptionId = idParam(request, 'subscriptionId');
    const listed = await s.licensing.listForAccount(accountId);
    if (!listed.some((x) => x.subscription.id === subscriptionId)) throw new AppError('NOT_FOUND');
    return subscriptionId;
  };

  kit.action(
    '/console/accounts/:accountId/subscriptions/:subscriptionId/extend',
    { scope: 'subscriptions:write', back },
    async (request, reply, ctx) => {
      const id = await subscriptionOf(request);
      const days = daysOf(formOf(request).days, 1);
      if (days === undefined) return done(request, reply, { key: 'form.invalid', type: 'info' });
      const r = await s.operator.subscriptions.extend(id, days);
      if (!r.ok) {
        const reason = errorText(r.code, ctx.locale, r.context);
        return done(request, reply, { key: 'flash.subscriptionRefused', type: 'info', context: { reason } });
      }
      const date = formatTime(ctx.locale, r.subscription.endsAt);
      return done(request, reply, { key: 'flash.extended', context: { date } });
    },
  );

  kit.action(
    '/console/accounts/:accountId/subscriptions/:subscriptionId/revoke',
    { scope: 'subscriptions:write', fresh: true, back },
    async (request, reply, ctx) => {
      const r = await s.operator.subscriptions.revoke(await subscriptionOf(request));
      if (!r.ok) {
        const reason = errorText(r.code, ctx.locale, r.context);
        return done(request, reply, { key: 'flash.subscriptionRefused', type: 'info', context: { reason } });
      }
      return done(request, reply, { key: 'flash.revoked' });
    },
  );
}
