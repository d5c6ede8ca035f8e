// The only door of metrics: the Prometheus registry of one Tessera and the wrappers that count business events.
export { createMetrics, type Metrics } from './registry.js';
export { countCheckIns, countEmails, countQuotaRefusals, countSignIns, countSms } from './instrument.js';
