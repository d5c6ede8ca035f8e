// The only door of integrity: the checks of invariants across domains, and their repair.
export type { CheckName, Finding, IntegrityStore } from './integrity-store.js';
export { createDoctor, CHECKS, type Doctor, type RepairReport } from './doctor.js';
