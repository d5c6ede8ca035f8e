// Builds the configured captcha: the image, the proof of work, both, or an external siteverify service.
import type { Secrets } from '../common/index.js';
import type { Config } from '../config/index.js';
import type { CaptchaPort } from './captcha-port.js';
import { createImageCaptcha } from './image-captcha.js';
import { createImageOrPowCaptcha } from './image-or-pow-captcha.js';
import { createPowCaptcha } from './pow-captcha.js';
import { createSiteverifyCaptcha } from './siteverify-captcha.js';

export function createCaptcha(
  config: Config['captcha'],
  deps: { secrets: Secrets; newImageCode?: () => string },
): CaptchaPort {
  const { secrets } = deps;
  const image = () => createImageCaptcha({ secrets, ...(deps.newImageCode ? { newCode: deps.newImageCode } : {}) });
  switch (config.kind) {
    case 'image':
      return image();
    case 'pow':
      return createPowCaptcha({ secrets, maxNumber: config.maxNumber });
    case 'image+pow':
      return createImageOrPowCaptcha(image(), createPowCaptcha({ secrets, maxNumber: config.maxNumber }));
    case 'siteverify':
      return createSiteverifyCaptcha({ verifyUrl: config.verifyUrl, secret: config.secret, siteKey: config.siteKey });
  }
}
