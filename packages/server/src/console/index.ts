// The only door of console: the operator console (/console), a server-rendered web surface beside the portal.
export { operatorConsole } from './plugin.js';
