// The only door of @tessera/server for code that embeds it (tests, benchmarks, the binary).
export { createTessera, createLogger, type Tessera, type TesseraOptions } from './tessera.js';
export { loadConfig, ConfigError, type Config } from './config/index.js';
export { ManualClock, systemClock, ephemeralSecrets, type Clock } from './common/index.js';
export { createCaptcha, createImageCaptcha, type CaptchaPort } from './captcha/index.js';
export { newAlphabetCode, loadServerSecrets } from './common/index.js';
// For the benchmark: its bulk seeding of device credentials (bench/device-seed.ts), its argon2id baseline (baselines.ts).
export { DEVICE_CREDENTIAL_PREFIX } from './devices/index.js';
export { createPasswordHasher, OWASP_ARGON2ID, type Argon2Params } from './identity/index.js';
export { CAPTCHA_ALPHABET } from './captcha/index.js';
