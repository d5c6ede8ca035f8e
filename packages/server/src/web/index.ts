// The only door of web: what every web surface shares (services, session cookie, request info and limit, errors, server).
export type { App, OperatorServices, Surface, WebServices } from './services.js';
export { SESSION_COOKIE, SESSION_COOKIE_OPTIONS, setSessionCookie, clearSessionCookie } from './session-cookie.js';
export { requestInfo } from './request-info.js';
export { requestLimit, normalizeRouteKey } from './request-limit.js';
export { bodyOfError, localeOf, sendError, toAppError } from './error-handler.js';
export { redactUrl, requestSerializer } from './log-serializers.js';
export { buildApp } from './build-app.js';
export type { FastLane, LaneAnswer } from './fast-lane.js';
