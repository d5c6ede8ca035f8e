// Passwordless sign-in with a discoverable passkey: the passkey alone proves the account (user verification
// required), and the answer is a session, audited like any sign-in.
import type { AuditLog } from '../audit/index.js';
import { refuse, type Outcome } from '../errors/index.js';
import type { SessionService } from '../sessions/index.js';
import type { AccountService } from './account-service.js';
import type { Ceremony, PasskeyService } from './passkey-service.js';

/** What every passwordless challenge is bound to: no session or flow exists yet; the challenge id is the secret. */
const PASSWORDLESS = 'passwordless';

export interface PasswordlessSignIn {
  options(): Promise<Ceremony<Record<string, unknown>>>;
  signIn(input: {
    challengeId: string;
    response: unknown;
    ip: string;
    userAgent: string | null;
  }): Promise<Outcome<{ token: string; expiresAt: number; account: { id: string; email: string } }>>;
}

export function createPasswordlessSignIn(deps: {
  passkeys: PasskeyService;
  accounts: AccountService;
  sessions: SessionService;
  audit: AuditLog;
}): PasswordlessSignIn {
  return {
    async options() {
      const ceremony = await deps.passkeys.authenticationOptions(PASSWORDLESS, null);
      return { ...ceremony, options: { ...ceremony.options } };
    },
    async signIn({ challengeId, response, ip, userAgent }) {
      const proven = await deps.passkeys.authenticate({ boundTo: PASSWORDLESS, challengeId, response });
      if (!proven.ok) {
        await deps.audit.record('sign_in.failed', {
          accountId: null,
          ip,
          userAgent,
          details: { method: 'passkey', reason: proven.code },
        });
        return proven;
      }
      const account = await deps.accounts.get(proven.accountId);
      if (!account) return refuse('PASSKEY_NOT_FOUND');
      const { token, session } = await deps.sessions.create({ accountId: account.id, ip, userAgent });
      await deps.audit.record('sign_in.succeeded', {
        accountId: account.id,
        ip,
        userAgent,
        details: { method: 'passkey', passkeyId: proven.passkeyId },
      });
      return { ok: true, token, expiresAt: session.expiresAt, account: { id: account.id, email: account.email } };
    },
  };
}
