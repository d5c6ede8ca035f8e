// What a connect started by a device without a keyboard (RFC 8628) needs of its request: approve it as the flow
// finishes, keep the result for the device's poll, or deny it. Implemented by device-grants, which depends on nothing here.
import type { FlowResult } from '@tessera/protocol';
import type { Outcome } from '../errors/index.js';

export interface DeviceGrantPort {
  /** Pending → approved for the account; refused when it was answered or expired meanwhile. */
  approve(grantId: string, accountId: string): Promise<Outcome<object, 'DEVICE_AUTHORIZATION_CLOSED'>>;
  /** Keeps the result, sealed, until the device's next poll takes it (once). */
  storeResult(grantId: string, result: FlowResult): Promise<void>;
  deny(grantId: string): Promise<Outcome<object, 'DEVICE_AUTHORIZATION_CLOSED'>>;
}
