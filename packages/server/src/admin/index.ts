// The only door of admin: the operator HTTP API (/admin/v1) as a web surface.
export { admin } from './plugin.js';
// The views the admin CLI prints with --json, so its output is the API's body.
export { accountView, subscriptionView } from './views.js';
