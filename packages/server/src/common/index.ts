// The only door of common: clock, randomness and server secrets used by every domain.
export { systemClock, ManualClock, type Clock } from './clock.js';
export { newId, newToken, newNumericCode, newAlphabetCode } from './random.js';
export { createSecrets, ephemeralSecrets, type Secrets } from './secrets.js';
export { loadServerSecrets } from './server-keys.js';
export { listenUrl } from './listen-url.js';
