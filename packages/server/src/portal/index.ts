// The only door of the portal: the server-rendered account site, registered beside the JSON API.
export { portal } from './plugin.js';
