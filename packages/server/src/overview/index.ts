// The only door of overview: the fleet-wide figures of the console's overview page, and the SMS tallies behind them.
export { createOverview, utcDay, type Overview, type OverviewFigures } from './overview.js';
export type { OverviewStore, PlanCount, SmsCountryTally, SmsOutcome } from './overview-store.js';
export { tallySms, tallySmsRefusals, type SmsTallyDeps } from './sms-tally.js';
