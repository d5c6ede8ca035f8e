// Step `credentials`: email and password, with the image code once failures pile up and waits for a busy source.
import { M, type UiNode } from '@tessera/protocol';
import { normalizeEmail } from '../../identity/index.js';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { ConnectState, SignInState } from '../flow-state.js';
import { advance, stay, type Step, type StepContext, type StepOutcome } from '../step.js';

/** Signing in with a password: the portal's sign-in, and a connect no device credential or session vouches for. */
type State = SignInState | ConnectState;

async function issueCaptcha(ctx: StepContext<State>): Promise<void> {
  ctx.state.captcha = await ctx.deps.risk.captcha.issue({ flowId: ctx.flow.id, now: ctx.now, locale: ctx.locale });
}

/** What the person is asked to do: read an image, or nothing while the client solves a proof of work. */
function captchaKind(ctx: StepContext<State>): 'image' | 'pow' {
  const nodes = ctx.state.captcha?.nodes ?? [];
  return nodes.some((n) => n.type === 'image') || !nodes.some((n) => n.type === 'proof_of_work') ? 'image' : 'pow';
}

export const credentialsStep: Step<'credentials', State> = {
  name: 'credentials',
  applies: (ctx) => ctx.state.accountId === undefined,
  async enter(ctx) {
    // An IP already past its bar sees the image code from the start rather than after a wasted try.
    if (await ctx.deps.risk.guard.ipNeedsCaptcha(ctx.request.ip)) await issueCaptcha(ctx);
  },
  nodes(ctx) {
    const l = ctx.locale;
    const nodes: UiNode[] = [
      {
        name: 'email',
        type: 'email',
        required: true,
        autocomplete: 'username',
        maxLength: 254,
        label: label(M.LABEL_EMAIL, l),
      },
      {
        name: 'password',
        type: 'password',
        required: true,
        autocomplete: 'current-password',
        maxLength: 1024,
        label: label(M.LABEL_PASSWORD, l),
      },
    ];
    const challenge = ctx.state.captcha?.nodes ?? [];
    // The step's own action comes first, so Enter in the form continues rather than asking for another image.
    nodes.push(...challenge.filter((n) => n.type !== 'submit'));
    nodes.push({ name: 'continue', type: 'submit', action: 'continue', label: label(M.LABEL_CONTINUE, l) });
    nodes.push(...challenge.filter((n) => n.type === 'submit'));
    return nodes;
  },
  async submit(ctx, body): Promise<StepOutcome> {
    if ('action' in body) {
      // Only a challenge already shown is replaced: asking cannot make a flow skip or gain one.
      if (ctx.state.captcha) await issueCaptcha(ctx);
      return stay;
    }
    const { deps, request } = ctx;
    // A malformed address can belong to no account: it takes the wrong-password path, timing included.
    const email = normalizeEmail(body.email) ?? body.email.trim().toLowerCase();
    const who = { email, ip: request.ip };

    // The attempt takes its slots before anything is checked, so the captcha decision holds for racing attempts too.
    const attempt = await deps.risk.guard.begin(who);
    const shown = ctx.state.captcha;
    if (shown || attempt.captchaRequired) {
      // Each image answers one attempt, right or wrong.
      delete ctx.state.captcha;
      const answer = body.captcha_answer;
      const solved =
        shown !== undefined &&
        answer !== undefined &&
        (await deps.risk.captcha.verify({
          flowId: ctx.flow.id,
          now: ctx.now,
          state: shown.state,
          answer,
          ip: request.ip,
        }));
      if (!solved && attempt.captchaRequired) {
        await attempt.withdraw();
        await issueCaptcha(ctx);
        if (shown && answer) return refuse('CAPTCHA_INVALID');
        // The message fits the challenge: an image to read, or a check the client runs by itself.
        return refuse('CAPTCHA_REQUIRED', { captcha: captchaKind(ctx) });
      }
    }

    const turn = await attempt.takeTurn();
    if (!turn.ok) {
      await attempt.withdraw();
      if (attempt.captchaRequired) await issueCaptcha(ctx);
      await deps.audit.record('sign_in.throttled', {
        accountId: null,
        ip: request.ip,
        userAgent: request.userAgent,
        details: { email },
      });
      return refuse('ACCOUNT_THROTTLED', { seconds: turn.retryAfterSeconds });
    }

    const check = await deps.identity.accounts.verifyPassword(email, body.password);
    if (!check.ok) {
      const after = await attempt.failed();
      await deps.audit.record('sign_in.failed', {
        accountId: check.accountId,
        ip: request.ip,
        userAgent: request.userAgent,
        details: { email, reason: 'credentials' },
      });
      if (after.captchaRequired) await issueCaptcha(ctx);
      return refuse('CREDENTIALS_INVALID');
    }
    await attempt.succeeded();
    // Said only to whoever knows the password, so it tells a stranger nothing about which accounts exist.
    if (check.account.disabledAt !== null) {
      await deps.audit.record('sign_in.failed', {
        accountId: check.account.id,
        ip: request.ip,
        userAgent: request.userAgent,
        details: { email, reason: 'disabled' },
      });
      return refuse('ACCOUNT_DISABLED');
    }
    ctx.state.accountId = check.account.id;
    ctx.state.authenticatedBy = 'password';
    return advance;
  },
};
