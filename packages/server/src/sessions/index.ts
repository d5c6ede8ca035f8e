// The only door of sessions.
export type { SessionRecord, SessionStore } from './session-store.js';
export { createSessionService, type SessionService } from './session-service.js';
