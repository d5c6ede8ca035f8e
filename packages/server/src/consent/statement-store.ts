// The data-statement store port: regional statements by version and locale, and who accepted which version.
export interface DataStatement {
  region: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  publishedAt: number;
}

export interface StatementAcceptance {
  id: string;
  accountId: string;
  region: string;
  version: number;
  locale: string;
  deviceId: string | null;
  appId: string | null;
  ip: string | null;
  acceptedAt: number;
}

export interface StatementStore {
  /** False when that region/locale/version exists already (statements are immutable once published). */
  publish(statement: DataStatement): Promise<boolean>;
  /** The highest version published for the region, or 0. */
  latestVersion(region: string): Promise<number>;
  /** Every locale of one version. */
  versionTexts(region: string, version: number): Promise<DataStatement[]>;
  /** The highest version of the region this account accepted, or 0. */
  acceptedVersion(accountId: string, region: string): Promise<number>;
  recordAcceptance(acceptance: StatementAcceptance): Promise<void>;
  listAcceptances(accountId: string): Promise<StatementAcceptance[]>;
  listStatements(region?: string): Promise<DataStatement[]>;
}
