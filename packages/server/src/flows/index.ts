// The only door of flows: the engine that runs sign-in, sign-up, recovery and connect.
export type { FlowRecord, FlowStore } from './flow-store.js';
export {
  createFlowEngine,
  type FlowEngine,
  type FlowDeps,
  type FlowResponse,
  type RequestInfo,
  type StartContext,
} from './engine.js';
