// Makes every issued challenge pass at most once, atomically: parallel requests replaying one solved answer (which the
// flow's versioned write would only sort out after each had its password checked) get one success between them.
import { createHash } from 'node:crypto';
import type { CaptchaPort } from './captcha-port.js';
import type { ChallengeUseStore } from './challenge-use-store.js';

export function singleUseCaptcha(port: CaptchaPort, uses: ChallengeUseStore): CaptchaPort {
  return {
    issue: (ctx) => port.issue(ctx),
    async verify(ctx) {
      if (!(await port.verify(ctx))) return false;
      // Every kind's state is unique per issue (a random challenge, code or nonce), and no challenge passes after its
      // expiry: remembering it until then is enough.
      const id = createHash('sha256')
        .update(ctx.flowId)
        .update('\0')
        .update(JSON.stringify(ctx.state))
        .digest('base64url');
      return uses.claim(id, ctx.state.expiresAt, ctx.now);
    },
  };
}
