// The integrity store port: each invariant the data must keep, as a check that lists what breaks it and a repair.
export type CheckName =
  | 'app_on_disconnected_device'
  | 'device_without_app'
  | 'seat_held_by_nobody'
  | 'seat_count_mismatch'
  | 'member_count_mismatch'
  | 'done_flow_without_connection';

export interface Finding {
  check: CheckName;
  /** The row at fault (a device, seat, subscription or flow id). */
  subject: string;
  detail: string;
}

export interface IntegrityStore {
  find(check: CheckName): Promise<Finding[]>;
  /** Repairs what `find` reports, each change conditional on the fault still being there; returns how many rows it changed. */
  repair(check: CheckName, now: number): Promise<number>;
}
