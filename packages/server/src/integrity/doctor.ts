// The operator's audit and repair of broken invariants (`tessera-server admin doctor [--fix]`).
// Repairs run in dependency order: live apps on disconnected devices are revoked, app-less devices disconnected,
// then seats nobody holds freed, then counters set to the rows they count; a flow done without its connection
// cannot be made whole (the app connects again), so it is only reported.
import type { Clock } from '../common/index.js';
import type { CheckName, Finding, IntegrityStore } from './integrity-store.js';

export const CHECKS: readonly CheckName[] = [
  'app_on_disconnected_device',
  'device_without_app',
  'seat_held_by_nobody',
  'seat_count_mismatch',
  'member_count_mismatch',
  'done_flow_without_connection',
];

const REPAIRABLE: ReadonlySet<CheckName> = new Set(CHECKS.filter((c) => c !== 'done_flow_without_connection'));

export interface RepairReport {
  check: CheckName;
  found: number;
  /** Rows changed by the repair; null when the check has no repair. */
  repaired: number | null;
}

export interface Doctor {
  /** Every finding, check by check; empty on a healthy database. */
  examine(): Promise<Finding[]>;
  /** Repairs what can be repaired and reports per check; `examine()` afterwards lists only what has no repair. */
  repair(): Promise<RepairReport[]>;
}

export function createDoctor(deps: { store: IntegrityStore; clock: Clock }): Doctor {
  const { store } = deps;
  return {
    async examine() {
      const findings: Finding[] = [];
      for (const check of CHECKS) findings.push(...(await store.find(check)));
      return findings;
    },
    async repair() {
      const reports: RepairReport[] = [];
      for (const check of CHECKS) {
        const found = (await store.find(check)).length;
        const repaired = REPAIRABLE.has(check) ? (found > 0 ? await store.repair(check, deps.clock.now()) : 0) : null;
        reports.push({ check, found, repaired });
      }
      return reports;
    },
  };
}
