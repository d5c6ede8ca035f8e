// The seat store port: the device places of a subscription, one per device, never more than the plan's device limit.
/** `claimed`: a new seat; `held`: the device already had one; `full` / `not_usable`: nothing changed. */
export type SeatClaim = 'claimed' | 'held' | 'full' | 'not_usable';

export interface SeatStore {
  /** Atomic: an active subscription (for its owner or a member) gives at most `deviceLimit` seats, one per device. */
  claimSeat(input: { subscriptionId: string; deviceId: string; accountId: string; now: number }): Promise<SeatClaim>;
  /** False when the device held no seat there. */
  releaseSeat(subscriptionId: string, deviceId: string): Promise<boolean>;
  /** Subscriptions in which the device holds a seat. */
  seatsOfDevice(deviceId: string): Promise<string[]>;
}
