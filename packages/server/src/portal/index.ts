// The only door of the portal: the server-rendered account site, a web surface beside the JSON API.
export { portal } from './plugin.js';
