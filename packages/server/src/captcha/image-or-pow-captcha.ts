// The image and the proof of work offered together: a client with a script (the portal's, the SDK) solves the proof of
// work without anyone looking; a browser without JavaScript, or a person who prefers it, types the image code instead.
import type { CaptchaPort, CaptchaState } from './captcha-port.js';
import type { PowCaptcha } from './pow-captcha.js';

const KIND = 'image+pow';

export function createImageOrPowCaptcha(image: CaptchaPort, pow: PowCaptcha): CaptchaPort {
  return {
    async issue(ctx) {
      const shown = await image.issue(ctx);
      const work = pow.issueChallenge(ctx);
      const state: CaptchaState = {
        kind: KIND,
        expiresAt: Math.min(shown.state.expiresAt, work.state.expiresAt),
        image: shown.state,
        pow: work.state,
      };
      return { state, nodes: [work.node, ...shown.nodes] };
    },
    async verify(ctx) {
      const { state } = ctx;
      if (state.kind !== KIND) return false;
      const parts = state as CaptchaState & { image: CaptchaState; pow: CaptchaState };
      return (await pow.verify({ ...ctx, state: parts.pow })) || (await image.verify({ ...ctx, state: parts.image }));
    },
  };
}
