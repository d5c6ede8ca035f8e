// The only door of admin: the operator HTTP API (/admin/v1) as a web surface.
export { admin } from './plugin.js';
