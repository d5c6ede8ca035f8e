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
  /** Retires every key but `keepKid` that is not retired yet. */
  retireOthers(keepKid: string, at: number): Promise<void>;
}
