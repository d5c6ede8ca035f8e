// The only door of common: clock, randomness and server secrets used by every domain.
export { systemClock, ManualClock, type Clock } from './clock.js';
export { newId, newToken, newNumericCode, newAlphabetCode } from './random.js';
export { createSecrets, ephemeralSecrets, type Secrets } from './secrets.js';
export { loadServerSecrets } from './server-keys.js';
export type { UnitOfWork } from './unit-of-work.js';
export { readableLogStream } from './readable-log.js';
export { listenUrl } from './listen-url.js';
export { encodeCursor, decodeCursor } from './cursor.js';
export { inFlight, type InFlight } from './in-flight.js';
export { watchEventLoopLag, type EventLoopLag } from './event-loop-lag.js';
