// The proof-of-work captcha: an ALTCHA challenge the client's script or SDK solves; it needs no perception at all.
import { M, translate, type Locale, type UiNode } from '@tessera/protocol';
import type { Secrets } from '../common/index.js';
import { createAltchaChallenge, verifyAltchaPayload } from './altcha.js';
import type { CaptchaPort, CaptchaState } from './captcha-port.js';

export interface PowCaptchaOptions {
  secrets: Secrets;
  /** The largest secret number: clients hash maxNumber / 2 times on average. */
  maxNumber: number;
  /** Default 5 minutes. */
  ttlMs?: number;
}

const KIND = 'pow';

/** The challenge node alone, for captchas that offer it beside an input of their own. */
export interface PowCaptcha extends CaptchaPort {
  issueChallenge(ctx: { now: number; locale: Locale }): { state: CaptchaState; node: UiNode };
}

export function createPowCaptcha(options: PowCaptchaOptions): PowCaptcha {
  const { secrets, maxNumber, ttlMs = 5 * 60_000 } = options;
  if (!Number.isSafeInteger(maxNumber) || maxNumber < 1)
    throw new Error('captcha maxNumber must be a positive integer');

  const issueChallenge: PowCaptcha['issueChallenge'] = ({ now, locale }) => {
    const challenge = createAltchaChallenge(secrets, { now, ttlMs, maxNumber });
    return {
      state: { kind: KIND, expiresAt: now + ttlMs, challenge: challenge.challenge },
      node: {
        name: 'captcha_pow',
        type: 'proof_of_work',
        meta: { ...challenge, field: 'captcha_answer' },
        label: { id: M.LABEL_PROOF_OF_WORK, text: translate(M.LABEL_PROOF_OF_WORK, locale) },
      },
    };
  };

  return {
    issueChallenge,
    async issue({ now, locale }) {
      const { state, node } = issueChallenge({ now, locale });
      return { state, nodes: [node, { name: 'captcha_answer', type: 'hidden', value: '' }] };
    },
    async verify({ now, state, answer }) {
      if (state.kind !== KIND || typeof state.challenge !== 'string' || !(now < state.expiresAt)) return false;
      if (typeof answer !== 'string' || answer === '') return false;
      return verifyAltchaPayload(secrets, { payload: answer, issued: state.challenge, now }).ok;
    },
  };
}
