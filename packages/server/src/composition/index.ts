// The only door of composition: the parts of the composition root (tessera.ts) kept in files of their own.
export { createLogger } from './logger.js';
export { startCheckInCache } from './check-in-cache.js';
export { wireWebhooks, type Webhooks } from './webhooks.js';
export { operatorServices } from './operator-services.js';
export { operatorRecoveryMail } from './operator-recovery.js';
export type { Tessera, TesseraCore, TesseraOptions } from './tessera-types.js';
export { flowSettings } from './flow-settings.js';
export { wireCheckIn } from './check-in.js';
export { wireMessaging } from './messaging.js';
