// The only door of captcha: the port flows use, the built-in image captcha and the siteverify adapter.
export type { CaptchaPort, CaptchaState } from './captcha-port.js';
export { createImageCaptcha, type ImageCaptchaOptions } from './image-captcha.js';
export { createSiteverifyCaptcha, type SiteverifyCaptchaOptions } from './siteverify-captcha.js';
export { CAPTCHA_ALPHABET } from './stroke-font.js';
