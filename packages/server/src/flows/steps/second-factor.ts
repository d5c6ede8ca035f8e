// Step `second_factor`: an SMS code (resend with cooldown, help text) or an authenticator code, each within its attempt budgets.
import { M, type UiNode } from '@tessera/protocol';
import { verifyTotp, type Account } from '../../identity/index.js';
import { checkSentCode, checkWithinBudgets, totpBudgets } from '../code-attempts.js';
import { label } from '../render.js';
import { refuse, type Refusal } from '../../errors/index.js';
import type { FlowStateBase, PasswordProof } from '../flow-state.js';
import { advance, stay, type Step, type StepContext, type StepOutcome } from '../step.js';
import {
  noticeFailure,
  refuseEarlyResend,
  rejectSend,
  resendWait,
  sendSmsCode,
  type SendFailure,
} from './send-code.js';

const PURPOSE = 'second_factor';

/** What the step keeps, in every kind that lists it (sign_in, recovery, connect). */
type State = FlowStateBase & Pick<PasswordProof, 'authenticatedBy' | 'factor'>;
type Context = StepContext<State>;

async function accountOf(ctx: Context): Promise<Account | undefined> {
  return ctx.account();
}

/** The account's usable factors: the verified phone SMS codes go to, the sealed authenticator secret. */
const methodsOf = (account: Account) => ({
  sms: account.phoneVerifiedAt !== null ? account.phoneE164 : null,
  totp: account.totpSecretSealed,
});

const phoneTail = (phone: string) => phone.slice(-4);
const maskPhone = (phone: string) => `${phone.slice(0, 3)}•••••${phone.slice(-2)}`;

function startSms(ctx: Context, account: Account, phone: string): Promise<SendFailure | null> {
  ctx.state.factor = 'sms';
  return sendSmsCode(ctx, {
    to: phone,
    accountId: account.id,
    purpose: PURPOSE,
    noticeContext: { phone: maskPhone(phone) },
  });
}

export const secondFactorStep: Step<'second_factor', State> = {
  name: 'second_factor',
  async applies(ctx) {
    // A device credential or a live session already passed the second factor when it was issued.
    if (ctx.state.authenticatedBy === 'device' || ctx.state.authenticatedBy === 'session') return false;
    const account = await accountOf(ctx);
    if (!account) return false;
    const m = methodsOf(account);
    return m.sms !== null || m.totp !== null;
  },
  async enter(ctx) {
    const account = await accountOf(ctx);
    if (!account) return;
    const phone = methodsOf(account).sms;
    if (phone !== null) noticeFailure(ctx, await startSms(ctx, account, phone));
    else {
      ctx.state.factor = 'totp';
      ctx.state.notices.push({ id: M.INFO_TOTP_PROMPT, type: 'info' });
    }
  },
  async nodes(ctx) {
    const l = ctx.locale;
    const account = await accountOf(ctx);
    const methods = account ? methodsOf(account) : { sms: null, totp: null };
    const sms = ctx.state.factor === 'sms';
    const nodes: UiNode[] = [
      {
        name: 'code',
        type: 'code',
        required: true,
        autocomplete: 'one-time-code',
        maxLength: 6,
        label: label(sms ? M.LABEL_CODE : M.LABEL_TOTP_CODE, l),
      },
      { name: 'verify', type: 'submit', action: 'verify', label: label(M.LABEL_CONTINUE, l) },
    ];
    if (sms) {
      const wait = resendWait(ctx, 'sms');
      nodes.push({
        name: 'resend',
        type: 'submit',
        action: 'resend',
        label: label(M.LABEL_RESEND, l),
        ...(wait > 0 ? { availableIn: wait } : {}),
      });
      nodes.push({ name: 'help', type: 'submit', action: 'help', label: label(M.LABEL_HELP, l) });
      if (methods.totp !== null)
        nodes.push({ name: 'use_totp', type: 'submit', action: 'use_totp', label: label(M.LABEL_USE_TOTP, l) });
    } else if (methods.sms !== null) {
      nodes.push({ name: 'use_sms', type: 'submit', action: 'use_sms', label: label(M.LABEL_USE_SMS, l) });
    }
    return nodes;
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const account = await accountOf(ctx);
    if (!account) return refuse('FACTOR_UNAVAILABLE');
    const methods = methodsOf(account);
    switch (body.action) {
      case 'help':
        if (ctx.state.factor !== 'sms' || methods.sms === null) return refuse('FACTOR_UNAVAILABLE');
        ctx.state.notices.push({
          id: M.INFO_SMS_HELP,
          type: 'info',
          context: { phoneTail: phoneTail(methods.sms) },
        });
        return stay;
      case 'resend': {
        if (ctx.state.factor !== 'sms' || methods.sms === null) return refuse('FACTOR_UNAVAILABLE');
        const early = refuseEarlyResend(ctx, 'sms');
        if (early) return early;
        ctx.state.notices = [];
        const failure = await startSms(ctx, account, methods.sms);
        return failure ? rejectSend(failure) : stay;
      }
      case 'use_sms':
        if (methods.sms === null) return refuse('FACTOR_UNAVAILABLE');
        ctx.state.notices = [];
        // Coming back to SMS within the cooldown reuses the code already sent.
        if (resendWait(ctx, 'sms') > 0 && ctx.state.otp) {
          ctx.state.factor = 'sms';
          return stay;
        }
        const failure = await startSms(ctx, account, methods.sms);
        return failure ? rejectSend(failure) : stay;
      case 'use_totp':
        if (methods.totp === null) return refuse('FACTOR_UNAVAILABLE');
        ctx.state.factor = 'totp';
        ctx.state.notices = [{ id: M.INFO_TOTP_PROMPT, type: 'info' }];
        return stay;
      case 'verify':
        if (ctx.state.factor !== 'totp') return verifySms(ctx, account, body.code);
        // The authenticator was removed since this flow asked for it.
        if (methods.totp === null) return refuse('FACTOR_UNAVAILABLE');
        return verifyAuthenticator(ctx, account, methods.totp, body.code);
    }
  },
};

async function failed(ctx: Context, account: Account, refusal: Refusal): Promise<StepOutcome> {
  await ctx.deps.audit.record('second_factor.failed', {
    accountId: account.id,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    details: { method: ctx.state.factor, reason: refusal.code },
  });
  return refusal;
}

async function verifySms(ctx: Context, account: Account, code: string | undefined): Promise<StepOutcome> {
  const checked = await checkSentCode(ctx, { purpose: PURPOSE, owner: account.id, code });
  if (!checked.ok) return failed(ctx, account, checked);
  delete ctx.state.otp;
  return advance;
}

async function verifyAuthenticator(
  ctx: Context,
  account: Account,
  sealedSecret: string,
  code: string | undefined,
): Promise<StepOutcome> {
  const checked = await checkWithinBudgets(ctx, totpBudgets(ctx, account.id), async () => {
    const secret = ctx.deps.runtime.secrets.open(sealedSecret);
    const result = verifyTotp({
      secret,
      code: code ?? '',
      now: ctx.now,
      ...(account.totpLastStep !== null ? { lastUsedStep: account.totpLastStep } : {}),
    });
    // The step is recorded atomically, so one code cannot pass twice even in racing requests.
    const ok = result.ok && (await ctx.deps.identity.accounts.advanceTotpStep(account.id, result.step));
    return ok ? { ok: true } : refuse('CODE_INVALID');
  });
  return checked.ok ? advance : failed(ctx, account, checked);
}
