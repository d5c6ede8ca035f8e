// The signing-key store port: Ed25519 keys for license tokens, shared by every instance through the database.
export interface SigningKeyRecord {
  kid: string;
  publicJwk: string;
  /** The private JWK, sealed with the server key. */
  privateSealed: string;
  createdAt: number;
  retiredAt: number | null;
}

export interface SigningKeyStore {
  list(): Promise<SigningKeyRecord[]>;
  insert(key: SigningKeyRecord): Promise<void>;
  /**
   * The first key: inserts `key` unless a key is active, and returns the active key (the newest, `key` if it went
   * in). Serialized with every other creation and rotation, so instances and requests asking at once agree on one.
   */
  insertIfNoneActive(key: SigningKeyRecord): Promise<SigningKeyRecord>;
  /**
   * A rotation: inserts `key` and retires every other key not retired yet at `at` (an earlier retirement keeps its
   * time), serialized as `insertIfNoneActive`, so rotations at once leave one active key, never none.
   */
  rotateTo(key: SigningKeyRecord, at: number): Promise<void>;
}
