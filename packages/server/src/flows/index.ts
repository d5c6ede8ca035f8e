// The only door of flows: the engine that runs sign-in, sign-up, recovery and connect.
export type { FlowRecord, FlowStore } from './flow-store.js';
export { createFlowEngine, type FlowEngine } from './engine.js';
export type { FlowDeps, FlowEngineDeps, FlowSettings } from './flow-deps.js';
export type { FlowGone, FlowMoved, FlowOutcome, FlowStep } from './flow-outcome.js';
export type { RequestInfo } from './step.js';
export type { StartContext } from './start.js';
export type { DeviceGrantPort } from './device-grant-port.js';
export type { DeviceGrantRef } from './flow-state.js';
