// An external captcha verifier (Cloudflare Turnstile, hCaptcha) behind the captcha port, via their shared siteverify API.
import { randomBytes } from 'node:crypto';
import type { UiNode } from '@tessera/protocol';
import type { CaptchaPort, CaptchaState } from './captcha-port.js';

export interface SiteverifyCaptchaOptions {
  /** e.g. https://challenges.cloudflare.com/turnstile/v0/siteverify or https://api.hcaptcha.com/siteverify */
  verifyUrl: string;
  secret: string;
  siteKey: string;
  fetch?: typeof globalThis.fetch;
  /** How long the flow accepts a token for this challenge; default 5 minutes (Turnstile tokens live 300 s). */
  ttlMs?: number;
  /** Default 5 s; a slow verifier must not hold sign-ins open. */
  timeoutMs?: number;
}

const KIND = 'siteverify';
// Turnstile documents 2048 characters as the token maximum; longer is not a token.
const MAX_TOKEN_CHARS = 4096;

export function createSiteverifyCaptcha(options: SiteverifyCaptchaOptions): CaptchaPort {
  const { verifyUrl, secret, siteKey, ttlMs = 5 * 60_000, timeoutMs = 5_000 } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (!verifyUrl || !secret || !siteKey) throw new Error('siteverify captcha needs verifyUrl, secret and siteKey');

  return {
    async issue({ now }) {
      // The nonce makes each issue's state unique, which is what lets a solved challenge be remembered as used.
      const state: CaptchaState = { kind: KIND, expiresAt: now + ttlMs, nonce: randomBytes(9).toString('base64url') };
      // The widget runs in the client; it writes its token into captcha_answer.
      const nodes: UiNode[] = [
        { name: 'captcha_widget', type: 'paragraph', value: siteKey },
        { name: 'captcha_answer', type: 'hidden', value: '' },
      ];
      return { state, nodes };
    },

    async verify({ now, state, answer, ip }) {
      if (state.kind !== KIND || !(now < state.expiresAt)) return false;
      if (typeof answer !== 'string' || answer === '' || answer.length > MAX_TOKEN_CHARS) return false;
      const body = new URLSearchParams({ secret, response: answer });
      if (ip) body.set('remoteip', ip);
      try {
        const res = await fetchImpl(verifyUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!res.ok) {
          await res.body?.cancel();
          return false;
        }
        const reply: unknown = await res.json();
        return typeof reply === 'object' && reply !== null && (reply as { success?: unknown }).success === true;
      } catch {
        // Fail closed: an unreachable verifier must not wave sign-ins through.
        return false;
      }
    },
  };
}
