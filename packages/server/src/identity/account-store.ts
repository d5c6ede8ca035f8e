// The account store port: what identity needs from persistence.
export interface Account {
  id: string;
  email: string;
  emailNormalized: string;
  passwordHash: string;
  country: string;
  locale: string;
  phoneE164: string | null;
  phoneVerifiedAt: number | null;
  totpSecretSealed: string | null;
  totpLastStep: number | null;
  emailVerifiedAt: number | null;
  passwordChangedAt: number;
  createdAt: number;
  /** When an operator disabled it (it cannot sign in or check in), or null. */
  disabledAt: number | null;
}

export type NewAccount = Omit<
  Account,
  'totpLastStep' | 'phoneVerifiedAt' | 'phoneE164' | 'totpSecretSealed' | 'disabledAt'
> &
  Partial<Pick<Account, 'phoneE164' | 'phoneVerifiedAt'>>;

export interface AccountStore {
  /** Inserts unless the normalised email is taken; never throws for a duplicate. */
  create(account: NewAccount): Promise<{ created: true } | { created: false; reason: 'EMAIL_TAKEN' }>;
  findById(id: string): Promise<Account | undefined>;
  findByEmail(emailNormalized: string): Promise<Account | undefined>;
  updatePasswordHash(id: string, passwordHash: string, changedAt: number): Promise<void>;
  setPhone(id: string, phoneE164: string | null, verifiedAt: number | null): Promise<void>;
  setTotp(id: string, secretSealed: string | null): Promise<void>;
  /** Disables (`at`) or enables (null) it; false when it already was (or there is no such account). */
  setDisabled(id: string, at: number | null): Promise<boolean>;
  /** Records the last accepted TOTP step only if it is newer: false means a replay lost the race. */
  advanceTotpStep(id: string, step: number): Promise<boolean>;
  list(query: { limit: number; afterEmail?: string }): Promise<Account[]>;
  count(): Promise<number>;
}
