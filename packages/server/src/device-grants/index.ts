// The only door of device-grants: RFC 8628 device authorization (codes, polls, the person's lookup and answer).
export type { DeviceGrant, DeviceGrantStore, GrantStatus } from './grant-store.js';
export {
  createDeviceGrants,
  type DeviceGrants,
  type DeviceGrantSettings,
  type GrantSummary,
  type PollAnswer,
} from './device-grants.js';
export { parseUserCode, displayUserCode, USER_CODE_LENGTH } from './user-code.js';
