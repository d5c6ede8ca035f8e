// The only door of http: the end-user JSON API (/v1) as a web surface.
export { api } from './plugin.js';
