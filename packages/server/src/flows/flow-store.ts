// The flow store port: persisted, expiring flows updated with optimistic concurrency.
import type { FlowKind, StepName } from '@tessera/protocol';

export interface FlowRecord<State extends object = object> {
  id: string;
  kind: FlowKind;
  step: StepName;
  state: State;
  /** Incremented at each update; a stale writer loses. */
  version: number;
  createdAt: number;
  expiresAt: number;
  completedAt: number | null;
  /** A finished flow's result, sealed, while it may still be delivered again (a lost answer). */
  storedResult?: { sealed: string; expiresAt: number } | null;
}

export interface FlowStore {
  create(flow: FlowRecord): Promise<void>;
  get(id: string): Promise<FlowRecord | undefined>;
  /** Writes `flow` with version+1 only if the stored version is `flow.version`; false when another writer won. */
  update(flow: FlowRecord): Promise<boolean>;
  deleteExpired(before: number): Promise<number>;
}
