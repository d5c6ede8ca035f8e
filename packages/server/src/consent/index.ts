// The only door of consent.
export type { DataStatement, StatementAcceptance, StatementStore } from './statement-store.js';
export { createConsentService, type ConsentService, type PublishOutcome } from './consent-service.js';
