// The passkey store port: an account's WebAuthn credentials and the single-use challenges of ceremonies (in storage).
export interface PasskeyRecord {
  id: string;
  accountId: string;
  /** base64url of the authenticator's credential id; unique across accounts. */
  credentialId: string;
  /** base64url of the COSE public key. */
  publicKey: string;
  /** The authenticator's signature counter as last seen (0 for authenticators that keep none). */
  signCount: number;
  transports: string[];
  /** Synced (multi-device) credential, as the authenticator reported at registration. */
  backedUp: boolean;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export type PasskeyPurpose = 'register' | 'authenticate';

export interface PasskeyChallenge {
  id: string;
  /** base64url of the random challenge the client signs. */
  challenge: string;
  purpose: PasskeyPurpose;
  /** What it was issued to (a session, a flow, a passwordless attempt): only that may answer it. */
  boundTo: string;
  /** The account it is for; null for a passwordless sign-in, which learns the account from the credential. */
  accountId: string | null;
  expiresAt: number;
}

export interface PasskeyStore {
  /**
   * Adds a credential unless its credential id is already registered (to anyone) or the account already has
   * `maxPerAccount` (checked under the account's row lock, so racing registrations cannot pass it together).
   */
  insert(record: PasskeyRecord, maxPerAccount: number): Promise<'inserted' | 'duplicate' | 'limit'>;
  findByCredentialId(credentialId: string): Promise<PasskeyRecord | undefined>;
  /** An account's passkeys, oldest first. */
  listForAccount(accountId: string): Promise<PasskeyRecord[]>;
  rename(accountId: string, id: string, name: string): Promise<boolean>;
  remove(accountId: string, id: string): Promise<boolean>;
  /**
   * Records a use: the counter becomes `signCount` only if it still is `expected` (compare-and-set, so two racing
   * uses of one counter value cannot both pass).
   */
  recordUse(id: string, expected: number, signCount: number, at: number): Promise<boolean>;
  putChallenge(challenge: PasskeyChallenge): Promise<void>;
  /** Takes a challenge once: deletes and returns it when it is live, of `purpose` and bound to `boundTo`. */
  takeChallenge(
    id: string,
    match: { purpose: PasskeyPurpose; boundTo: string; now: number },
  ): Promise<PasskeyChallenge | undefined>;
  /** Drops challenges expired before `now`; returns how many. */
  sweepChallenges(now: number): Promise<number>;
}
