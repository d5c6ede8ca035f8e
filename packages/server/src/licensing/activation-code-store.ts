// The activation-code store port: batches of codes (kept as keyed hashes), their revocation, and the atomic redemption.
import type { ActivationBatch, SubscriptionRecord } from './model.js';

export type RedeemResult = { ok: true; subscription: SubscriptionRecord } | { ok: false; reason: 'invalid' | 'limit' };

export interface BatchSummary extends ActivationBatch {
  redeemed: number;
}

/** One code as the support desk sees it (never the code itself: only its hash is stored). */
export interface CodeRecord {
  codeHash: string;
  batchId: string;
  redeemedAt: number | null;
  redeemedBy: string | null;
  subscriptionId: string | null;
  revokedAt: number | null;
}

export interface ActivationCodeStore {
  /** The codes among these hashes that exist (a support lookup: a typed code and its near neighbours). */
  findCodes(codeHashes: readonly string[]): Promise<CodeRecord[]>;
  createBatch(batch: ActivationBatch): Promise<void>;
  /** Inserts the codes' keyed hashes in chunks; `onProgress` gets the running total after each chunk. */
  insertCodes(batchId: string, codeHashes: readonly string[], onProgress?: (inserted: number) => void): Promise<void>;
  /** Newest first. */
  listBatches(): Promise<BatchSummary[]>;
  /** Stops the batch's unredeemed codes; redeemed ones keep their subscriptions. */
  revokeBatch(id: string, at: number): Promise<{ found: boolean; redeemed: number }>;
  /** Revokes one code; if it was redeemed, the subscription it gave is revoked too. */
  revokeCode(codeHash: string, at: number): Promise<{ found: boolean; subscriptionId: string | null }>;
  /**
   * In one transaction: claims the code if it is unredeemed and neither it nor its batch is revoked, checks the
   * account's active subscriptions against `maxActive`, and creates the subscription; whatever the concurrency,
   * a code gives at most one subscription and an account never passes `maxActive`.
   */
  redeem(input: {
    codeHash: string;
    accountId: string;
    subscriptionId: string;
    now: number;
    maxActive: number;
  }): Promise<RedeemResult>;
}
