// The only door of http.
export { buildApp } from './build-app.js';
export type { App, HttpServices } from './types.js';
export { SESSION_COOKIE } from './auth.js';
export { redactUrl, requestSerializer } from './log-serializers.js';
