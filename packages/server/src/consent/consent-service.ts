// Regional data statements: what an account must accept before an app connects, and the record that it did.
import { newId, type Clock } from '../common/index.js';
import type { Outcome } from '../errors/index.js';
import type { DataStatement, StatementAcceptance, StatementStore } from './statement-store.js';

export type PublishOutcome = Outcome<{ statement: DataStatement }, 'STATEMENT_VERSION_INVALID'>;

export interface ConsentService {
  /** The statement the account still has to accept for its region, in the best locale, or undefined. */
  pending(input: { accountId: string; region: string; locale: string }): Promise<DataStatement | undefined>;
  accept(input: Omit<StatementAcceptance, 'id' | 'acceptedAt'>): Promise<void>;
  publish(input: Omit<DataStatement, 'publishedAt' | 'version'> & { version?: number }): Promise<PublishOutcome>;
  acceptances(accountId: string): Promise<StatementAcceptance[]>;
  statements(region?: string): Promise<DataStatement[]>;
}

export function createConsentService(deps: { store: StatementStore; clock: Clock }): ConsentService {
  const { store, clock } = deps;
  return {
    async pending({ accountId, region, locale }) {
      const latest = await store.latestVersion(region);
      if (latest === 0 || (await store.acceptedVersion(accountId, region)) >= latest) return undefined;
      const texts = await store.versionTexts(region, latest);
      return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === 'en') ?? texts[0];
    },
    async accept(input) {
      await store.recordAcceptance({ ...input, id: newId('acp'), acceptedAt: clock.now() });
    },
    async publish(input) {
      const region = input.region.toUpperCase();
      const latest = await store.latestVersion(region);
      // A new version asks everyone again; a translation of the latest version does not.
      const version = input.version ?? latest + 1;
      if (version < latest || version < 1) return { ok: false, code: 'STATEMENT_VERSION_INVALID' };
      const statement: DataStatement = { ...input, region, version, publishedAt: clock.now() };
      return (await store.publish(statement))
        ? { ok: true, statement }
        : { ok: false, code: 'STATEMENT_VERSION_INVALID' };
    },
    acceptances: (accountId) => store.listAcceptances(accountId),
    statements: (region) => store.listStatements(region?.toUpperCase()),
  };
}
