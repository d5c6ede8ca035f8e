// The built-in captcha: a short code drawn as an image, of which the flow keeps only a keyed hash bound to itself.
import { M, translate, type UiNode } from '@tessera/protocol';
import { newAlphabetCode, type Secrets } from '../common/index.js';
import { CAPTCHA_ALPHABET, hasGlyph } from './stroke-font.js';
import { layoutCaptcha } from './captcha-layout.js';
import type { CaptchaPort, CaptchaState } from './captcha-port.js';
import { renderPng } from './png-renderer.js';

export interface ImageCaptchaOptions {
  secrets: Secrets;
  /** Default 5 minutes. */
  ttlMs?: number;
  /** Characters in the code; default 5. */
  length?: number;
  /** Test seam for a known code; defaults to a CSPRNG code from CAPTCHA_ALPHABET. */
  newCode?: () => string;
}

const PURPOSE = 'captcha';
const KIND = 'image';
// Far above any real answer; keeps hostile inputs from costing an HMAC over megabytes.
const MAX_ANSWER_CHARS = 64;

/**
 * Users type what they see: any case, with stray spaces, maybe full-width forms from an IME. A clutter line through
 * a P's bowl or an E's foot can make it look like R or F, which the alphabet leaves out for that reason: read as meant.
 */
function normaliseCaptchaAnswer(answer: string): string {
  return answer.normalize('NFKC').replace(/\s+/g, '').toUpperCase().replace(/R/g, 'P').replace(/F/g, 'E');
}

// The flow id is inside the hash so an answer solved for one flow is worthless in another.
const hashInput = (flowId: string, answer: string) => `${flowId}:${answer}`;

export function createImageCaptcha(options: ImageCaptchaOptions): CaptchaPort {
  const { secrets, ttlMs = 5 * 60_000, length = 5 } = options;
  if (!Number.isInteger(length) || length < 4 || length > 8) throw new Error('captcha length must be 4 to 8');
  if (!(ttlMs > 0)) throw new Error('captcha ttlMs must be positive');
  const newCode = options.newCode ?? (() => newAlphabetCode(CAPTCHA_ALPHABET, length));

  return {
    async issue({ flowId, now, locale }) {
      const code = normaliseCaptchaAnswer(newCode());
      if (![...code].every(hasGlyph)) throw new Error('captcha code has characters the font cannot draw');
      const layout = layoutCaptcha(code);
      const image = { mediaType: 'image/png', data: renderPng(layout) };
      const state: CaptchaState = {
        kind: KIND,
        expiresAt: now + ttlMs,
        answerHash: secrets.keyedHash(PURPOSE, hashInput(flowId, code)),
      };
      const nodes: UiNode[] = [
        {
          name: 'captcha',
          type: 'image',
          src: `data:${image.mediaType};base64,${image.data.toString('base64')}`,
          mediaType: image.mediaType,
          label: { id: M.LABEL_CAPTCHA, text: translate(M.LABEL_CAPTCHA, locale) },
        },
        {
          name: 'captcha_answer',
          type: 'text',
          required: true,
          autocomplete: 'off',
          maxLength: 16,
          label: { id: M.LABEL_CAPTCHA_ANSWER, text: translate(M.LABEL_CAPTCHA_ANSWER, locale) },
        },
        // Hard to read is allowed to happen: another image costs nothing and counts as no attempt.
        {
          name: 'new_challenge',
          type: 'submit',
          action: 'new_challenge',
          label: { id: M.LABEL_NEW_CHALLENGE, text: translate(M.LABEL_NEW_CHALLENGE, locale) },
        },
      ];
      return { state, nodes };
    },

    async verify({ flowId, now, state, answer }) {
      // Early exits here depend only on the state and the answer's shape, never on how close a guess was.
      if (state.kind !== KIND || typeof state.answerHash !== 'string') return false;
      if (!(now < state.expiresAt)) return false;
      if (typeof answer !== 'string' || answer.length > MAX_ANSWER_CHARS) return false;
      const normalised = normaliseCaptchaAnswer(answer);
      if (normalised === '') return false;
      return secrets.verifyKeyedHash(PURPOSE, hashInput(flowId, normalised), state.answerHash);
    },
  };
}
