// Part of the composition root: the send quota and the SMS/email senders, counted for /metrics and the overview.
import type { Logger } from 'pino';
import type { Clock } from '../common/index.js';
import type { Config } from '../config/index.js';
import { createMessaging } from '../messaging/index.js';
import { countEmails, countQuotaRefusals, countSms, type Metrics } from '../metrics/index.js';
import { tallySms, tallySmsRefusals } from '../overview/index.js';
import { createSendQuota, type CounterStore } from '../risk/index.js';
import type { SqlStores } from '../storage/index.js';

export function wireMessaging(deps: {
  config: Config;
  counters: CounterStore;
  stores: SqlStores;
  clock: Clock;
  metrics: Metrics;
  logger: Logger;
}) {
  const { config, clock, metrics, stores } = deps;
  const { sms, email } = config;
  // The overview's SMS per country today: kept in the database, so every instance's sends add to one figure.
  const smsTally = {
    store: stores.overview,
    clock,
    onError: (err: unknown) => deps.logger.warn({ err }, 'SMS tally write failed'),
  };
  const quota = createSendQuota({
    counters: deps.counters,
    clock,
    config: {
      sms: { ...sms, perDestinationHour: sms.perNumberHour, perDestinationDay: sms.perNumberDay },
      email: {
        perDestinationHour: email.perAddressHour,
        perDestinationDay: email.perAddressDay,
        perIpHour: email.perIpHour,
        perIpDay: email.perIpDay,
      },
    },
  });
  const delivery = createMessaging(
    {
      sms: sms.provider,
      email: email.smtpUrl ? { kind: 'smtp', url: email.smtpUrl, from: email.from } : { kind: 'outbox' },
    },
    { outbox: stores.outbox, clock },
  );
  return {
    quota: tallySmsRefusals(countQuotaRefusals(quota, metrics), smsTally),
    sms: tallySms(countSms(delivery.sms, metrics), smsTally),
    email: countEmails(delivery.email, metrics),
  };
}
