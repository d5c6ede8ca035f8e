// The only door of captcha: the port flows use, the configured captcha, and the built-in kinds for tests and embedders.
export type { CaptchaPort, CaptchaState } from './captcha-port.js';
export { createCaptcha } from './captcha-from-config.js';
export { createImageCaptcha, type ImageCaptchaOptions } from './image-captcha.js';
export { createPowCaptcha, type PowCaptchaOptions } from './pow-captcha.js';
export { singleUseCaptcha } from './single-use-captcha.js';
export type { ChallengeUseStore } from './challenge-use-store.js';
export { createSiteverifyCaptcha, type SiteverifyCaptchaOptions } from './siteverify-captcha.js';
export { CAPTCHA_ALPHABET } from './stroke-font.js';
