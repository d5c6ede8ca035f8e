// The operator token store port: keyed hashes of `tsk_…` tokens with their names and scopes (implemented in storage).
export interface OperatorTokenRecord {
  id: string;
  name: string;
  /** Keyed hash of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  scopes: string[];
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface OperatorTokenStore {
  insert(record: OperatorTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<OperatorTokenRecord | undefined>;
  find(id: string): Promise<OperatorTokenRecord | undefined>;
  /** Every token, newest first; revoked ones too unless `live`. */
  list(options?: { live?: boolean }): Promise<OperatorTokenRecord[]>;
  /** Marks it revoked unless it already is; false when there was nothing to revoke. */
  revoke(id: string, at: number): Promise<boolean>;
  /** Records use at `at` unless a use after `notBefore` is already recorded (one write per token and interval). */
  touch(id: string, at: number, notBefore: number): Promise<void>;
}
