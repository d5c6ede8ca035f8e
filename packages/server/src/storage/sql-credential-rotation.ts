// The columns a device credential's rotation sets, for the device store's rotation and check-in's rotate-and-reissue.
import { sql } from 'kysely';

/**
 * The new credential becomes current and the one it replaces stays for one replay within the grace; a replay
 * already spent closes the previous grace for good.
 */
export function rotatedCredential(newHash: string, expectedHash: string, now: number) {
  return {
    credential_hash: newHash,
    previous_credential_hash: expectedHash,
    rotated_at: now,
    last_check_in_at: now,
    previous_grace: sql<'closed' | null>`case when previous_grace = 'spent' then 'closed' else null end`,
  };
}
