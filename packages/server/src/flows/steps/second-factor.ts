// Step `second_factor`: a passkey (offered first when the account has one), an SMS code (resend with cooldown, help
// text) or an authenticator code, each within its attempt budgets.
import { M, type UiNode } from '@tessera/protocol';
import { verifyTotp, type Account } from '../../identity/index.js';
import { checkSentCode, checkWithinBudgets, totpBudgets } from '../code-attempts.js';
import { label } from '../render.js';
import { refuse, type Refusal } from '../../errors/index.js';
import type { FlowStateBase, PasswordProof } from '../flow-state.js';
import { advance, lostRace, stay, type Step, type StepContext, type StepOutcome } from '../step.js';
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
type State = FlowStateBase & Pick<PasswordProof, 'authenticatedBy' | 'factor' | 'passkey'>;
type Context = StepContext<State>;

async function accountOf(ctx: Context): Promise<Account | undefined> {
  return ctx.account();
}

interface Methods {
  sms: string | null;
  totp: string | null;
  passkey: boolean;
}

/** The account's usable factors: its passkeys, the verified phone SMS codes go to, the sealed authenticator secret. */
const methodsOf = async (ctx: Context, account: Account): Promise<Methods> => ({
  sms: account.phoneVerifiedAt !== null ? account.phoneE164 : null,
  totp: account.totpSecretSealed,
  passkey: await ctx.deps.identity.passkeys.has(account.id),
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
    const m = await methodsOf(ctx, account);
    return m.sms !== null || m.totp !== null || m.passkey;
  },
  async enter(ctx) {
    const account = await accountOf(ctx);
    if (!account) return;
    const methods = await methodsOf(ctx, account);
    const phone = methods.sms;
    // The phishing-resistant factor first: no SMS is sent unless the person asks for one.
    if (methods.passkey) await startPasskey(ctx, account);
    else if (phone !== null) noticeFailure(ctx, await startSms(ctx, account, phone));
    else {
      ctx.state.factor = 'totp';
      ctx.state.notices.push({ id: M.INFO_TOTP_PROMPT, type: 'info' });
    }
  },
  async nodes(ctx) {
    const l = ctx.locale;
    const account = await accountOf(ctx);
    const methods: Methods = account ? await methodsOf(ctx, account) : { sms: null, totp: null, passkey: false };
    if (ctx.state.factor === 'passkey' && ctx.state.passkey) return passkeyNodes(ctx, methods);
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
    if (methods.passkey)
      nodes.push({ name: 'use_passkey', type: 'submit', action: 'use_passkey', label: label(M.LABEL_USE_PASSKEY, l) });
    return nodes;
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const account = await accountOf(ctx);
    if (!account) return refuse('FACTOR_UNAVAILABLE');
    const methods = await methodsOf(ctx, account);
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
      case 'use_passkey':
        if (!methods.passkey) return refuse('FACTOR_UNAVAILABLE');
        ctx.state.notices = [];
        await startPasskey(ctx, account);
        return stay;
      case 'passkey':
        if (ctx.state.factor !== 'passkey' || !ctx.state.passkey) return refuse('FACTOR_UNAVAILABLE');
        return verifyPasskey(ctx, account, ctx.state.passkey, body.assertion);
      case 'use_totp':
        if (methods.totp === null) return refuse('FACTOR_UNAVAILABLE');
        ctx.state.factor = 'totp';
        ctx.state.notices = [{ id: M.INFO_TOTP_PROMPT, type: 'info' }];
        return stay;
      case 'verify':
        if (ctx.state.factor === 'passkey') return refuse('FACTOR_UNAVAILABLE');
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

/** Issues a passkey challenge bound to this flow and this account; the options travel in the step's nodes. */
async function startPasskey(ctx: Context, account: Account): Promise<void> {
  const ceremony = await ctx.deps.identity.passkeys.authenticationOptions(`flow:${ctx.flow.id}`, account.id);
  ctx.state.factor = 'passkey';
  ctx.state.passkey = {
    challengeId: ceremony.challengeId,
    options: JSON.stringify(ceremony.options),
    expiresAt: ceremony.expiresAt,
  };
  ctx.state.notices = [{ id: M.INFO_PASSKEY_PROMPT, type: 'info' }];
}

/**
 * The passkey prompt: the WebAuthn request options as a hidden node (`meta.webauthn` says which ceremony), the
 * submit that carries the assertion, and the other factors. A client that cannot run WebAuthn takes one of those.
 */
function passkeyNodes(ctx: Context, methods: Methods): UiNode[] {
  const l = ctx.locale;
  const nodes: UiNode[] = [
    { name: 'passkey_options', type: 'hidden', value: ctx.state.passkey!.options, meta: { webauthn: 'get' } },
    { name: 'passkey', type: 'submit', action: 'passkey', label: label(M.LABEL_VERIFY_PASSKEY, l) },
  ];
  if (methods.sms !== null)
    nodes.push({ name: 'use_sms', type: 'submit', action: 'use_sms', label: label(M.LABEL_USE_SMS, l) });
  if (methods.totp !== null)
    nodes.push({ name: 'use_totp', type: 'submit', action: 'use_totp', label: label(M.LABEL_USE_TOTP, l) });
  return nodes;
}

async function verifyPasskey(
  ctx: Context,
  account: Account,
  prompt: { challengeId: string; expiresAt?: number },
  assertion: string | undefined,
): Promise<StepOutcome> {
  let response: unknown;
  try {
    response = JSON.parse(assertion ?? '');
  } catch {
    response = undefined;
  }
  const checked = await ctx.deps.identity.passkeys.authenticate({
    boundTo: `flow:${ctx.flow.id}`,
    challengeId: prompt.challengeId,
    response,
  });
  if (checked.ok && checked.accountId === account.id) {
    delete ctx.state.passkey;
    return advance;
  }
  // A live challenge that is already gone was taken by a racing submission of this same prompt: that one decides,
  // so this one writes nothing (a fresh challenge written here would supersede the winner's answer).
  if (!checked.ok && checked.code === 'PASSKEY_CHALLENGE_INVALID' && ctx.now < (prompt.expiresAt ?? 0)) return lostRace;
  // The challenge is spent either way: the next try signs a new one.
  await startPasskey(ctx, account);
  return failed(ctx, account, checked.ok ? refuse('PASSKEY_NOT_FOUND') : checked);
}
