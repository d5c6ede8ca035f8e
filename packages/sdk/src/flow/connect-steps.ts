// The steps that establish who the person is: credentials (+ captcha), second factor (SMS/TOTP), confirm_account.
import { M, type FlowView } from '@tessera/protocol';
import type { ConfirmAccountStep, CredentialsStep, SecondFactorStep, Step } from '../api.js';
import { decodeDataUri } from './data-uri.js';
import { proofOfWorkOf, solveProofOfWork } from './proof-of-work.js';
import { nodeNamed, protocolError, stepBase, type StepContext } from './step-parts.js';

/**
 * `credentials`: email and password. A proof of work the server asks for is solved in submit(), with no one looking;
 * only when the server offers no proof of work is its captcha image decoded for the person to read.
 */
export function credentialsStep(view: FlowView, ctx: StepContext): CredentialsStep {
  const work = view.ui.nodes.find((n) => n.type === 'proof_of_work');
  const challenge = proofOfWorkOf(work);
  if (work && !challenge) throw protocolError(view, 'a proof of work this SDK can solve');
  const image = challenge ? undefined : nodeNamed(view, 'captcha');
  const decoded = image?.type === 'image' && image.src ? decodeDataUri(image.src) : undefined;
  if (image?.type === 'image' && !decoded) throw protocolError(view, 'a readable captcha image');
  return {
    ...stepBase(view),
    kind: 'credentials',
    ...(decoded ? { captcha: { bytes: decoded.bytes, mediaType: image?.mediaType ?? decoded.mediaType } } : {}),
    ...(challenge ? { proofOfWork: { maxNumber: challenge.maxnumber } } : {}),
    async submit({ email, password, captchaAnswer, onProgress }) {
      const answer = captchaAnswer ?? (challenge ? await solveProofOfWork(challenge, onProgress) : undefined);
      if (challenge && answer === undefined) throw protocolError(view, 'a proof of work with a solution');
      return ctx.next(view, {
        step: 'credentials',
        email,
        password,
        ...(answer !== undefined ? { captcha_answer: answer } : {}),
      });
    },
    ...(nodeNamed(view, 'new_challenge')
      ? { newCaptcha: () => ctx.next(view, { step: 'credentials', action: 'new_challenge' }) }
      : {}),
    createAccount: () => ctx.createAccount(),
  };
}

/**
 * `second_factor`: verify, resend, help and switching method, each offered only when the server offers it. A passkey
 * prompt (WebAuthn, which an app outside a browser cannot run) is passed over for the SMS or authenticator code.
 */
export function secondFactorStep(view: FlowView, ctx: StepContext): SecondFactorStep | Promise<Step> {
  if (nodeNamed(view, 'passkey_options')) {
    const fallback = nodeNamed(view, 'use_sms') ? 'use_sms' : nodeNamed(view, 'use_totp') ? 'use_totp' : undefined;
    if (!fallback) throw protocolError(view, 'a code this SDK can ask for (the account has only passkeys)');
    return ctx.next(view, { step: 'second_factor', action: fallback });
  }
  const resend = nodeNamed(view, 'resend');
  const helpText = view.ui.messages.find((m) => m.id === M.INFO_SMS_HELP)?.text;
  const action = (name: 'resend' | 'help' | 'use_sms' | 'use_totp') => () =>
    ctx.next(view, { step: 'second_factor', action: name });
  return {
    ...stepBase(view),
    kind: 'second_factor',
    // The server offers "resend" only while it is waiting for an SMS code.
    method: resend ? 'sms' : 'totp',
    resendAvailableIn: resend?.availableIn ?? 0,
    submit: ({ code }) => ctx.next(view, { step: 'second_factor', action: 'verify', code }),
    resend: action('resend'),
    help: action('help'),
    ...(helpText !== undefined ? { helpText } : {}),
    ...(nodeNamed(view, 'use_totp') ? { useTotp: action('use_totp') } : {}),
    ...(nodeNamed(view, 'use_sms') ? { useSms: action('use_sms') } : {}),
  };
}

/** `confirm_account`: the account found through another app's credential on this device. */
export function confirmAccountStep(view: FlowView, ctx: StepContext): ConfirmAccountStep {
  const account = nodeNamed(view, 'account');
  const hint = account?.meta?.email;
  if (typeof hint !== 'string') throw protocolError(view, 'the account found');
  return {
    ...stepBase(view),
    kind: 'confirm_account',
    accountHint: hint,
    confirm: () => ctx.next(view, { step: 'confirm_account', action: 'connect' }),
    useAnotherAccount: () => ctx.next(view, { step: 'confirm_account', action: 'use_another_account' }),
  };
}
