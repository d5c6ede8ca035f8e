// Tallies SMS per UTC day, destination country and outcome by wrapping the ports that send and refuse them, so the
// overview's "today" holds across instances and restarts. A tally that cannot be written never stops a message.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Clock } from '../common/index.js';
import type { SmsSender } from '../messaging/index.js';
import type { SendQuota } from '../risk/index.js';
import type { OverviewStore, SmsOutcome } from './overview-store.js';
import { utcDay } from './overview.js';

export interface SmsTallyDeps {
  store: Pick<OverviewStore, 'addSms'>;
  clock: Clock;
  onError(error: unknown): void;
}

const countryOf = (e164: string) => parsePhoneNumberFromString(e164)?.country ?? 'ZZ';

function add(deps: SmsTallyDeps, to: string, outcome: SmsOutcome): Promise<void> {
  return deps.store.addSms(utcDay(deps.clock.now()), countryOf(to), outcome).catch(deps.onError);
}

export function tallySms(sender: SmsSender, deps: SmsTallyDeps): SmsSender {
  return {
    async send(message) {
      const result = await sender.send(message);
      await add(deps, message.to, result.ok ? 'sent' : 'failed');
      return result;
    },
  };
}

/** Quota refusals of SMS, by the number's country (pumping shows as one country's refusals). */
export function tallySmsRefusals(quota: SendQuota, deps: SmsTallyDeps): SendQuota {
  return {
    async take(input) {
      const decision = await quota.take(input);
      if (!decision.allowed && input.channel === 'sms') await add(deps, input.destination, 'refused');
      return decision;
    },
  };
}
