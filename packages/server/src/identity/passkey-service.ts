// Passkeys (WebAuthn): registration and authentication ceremonies with single-use challenges bound to what asked for
// them (a session, a flow, a passwordless attempt), sign-counter checks, and naming, listing and removing.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { newId, type Clock } from '../common/index.js';
import { refuse, type Outcome } from '../errors/index.js';
import type { AuditLog } from '../audit/index.js';
import type { Account } from './account-store.js';
import type { PasskeyRecord, PasskeyStore } from './passkey-store.js';

/**
 * The WebAuthn library, loaded at the first ceremony: it is the heaviest import of the server (about half a second),
 * and every admin command and test process would pay it for nothing.
 */
let webauthn: Promise<typeof import('@simplewebauthn/server')> | undefined;
const webauthnLibrary = () => (webauthn ??= import('@simplewebauthn/server'));

/** Who the authenticators talk to: the RP id (a domain), the name they show, and the origins ceremonies come from. */
export interface RelyingParty {
  id: string;
  name: string;
  origins: readonly string[];
}

export interface PasskeySettings {
  challengeTtlMs: number;
  maxPerAccount: number;
  /** How recent a sign-in must be to remove the last strong factor. */
  freshSignInMs: number;
}

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  backedUp: boolean;
}

type Actor = { account: Account; ip: string; userAgent: string | null };

/** Options for the browser plus the id of the challenge inside them, which the answer names. */
export interface Ceremony<O> {
  challengeId: string;
  options: O;
  /** When the challenge stops being accepted (ms since the epoch). */
  expiresAt: number;
}

export interface PasskeyService {
  registrationOptions(
    actor: Actor,
    boundTo: string,
  ): Promise<Outcome<Ceremony<PublicKeyCredentialCreationOptionsJSON>>>;
  register(
    actor: Actor,
    input: { boundTo: string; challengeId: string; response: unknown; name: string },
  ): Promise<Outcome<{ passkey: PasskeySummary }>>;
  /**
   * Options to sign: for one account (a second factor: its passkeys are listed) or for anyone (`accountId` null:
   * passwordless, the authenticator offers its discoverable credentials).
   */
  authenticationOptions(
    boundTo: string,
    accountId: string | null,
  ): Promise<Ceremony<PublicKeyCredentialRequestOptionsJSON>>;
  /** Checks an assertion against the challenge `challengeId` issued to `boundTo`; the account it proves. */
  authenticate(input: {
    boundTo: string;
    challengeId: string;
    response: unknown;
  }): Promise<Outcome<{ accountId: string; passkeyId: string }>>;
  list(accountId: string): Promise<PasskeySummary[]>;
  has(accountId: string): Promise<boolean>;
  rename(actor: Actor, id: string, name: string): Promise<Outcome>;
  /** Removes one; the account's last strong factor (no authenticator app, no other passkey) only after a fresh sign-in. */
  remove(actor: Actor & { signedInAt: number }, id: string): Promise<Outcome>;
}

const summary = (p: PasskeyRecord): PasskeySummary => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
  backedUp: p.backedUp,
});

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, 64);

/** The assertion's credential id, if it is shaped like an answer at all (the library checks the rest). */
function credentialIdOf(response: unknown): string | undefined {
  const r = response as { id?: unknown; type?: unknown; response?: unknown } | null;
  if (!r || typeof r !== 'object' || typeof r.id !== 'string' || r.id.length > 1024) return undefined;
  if (r.type !== 'public-key' || typeof r.response !== 'object' || r.response === null) return undefined;
  return /^[A-Za-z0-9_-]+$/.test(r.id) ? r.id : undefined;
}

export function createPasskeyService(deps: {
  store: PasskeyStore;
  audit: AuditLog;
  clock: Clock;
  /** Read per ceremony: the default origin is the listen address, known only once the server listens. */
  relyingParty: () => RelyingParty;
  settings: PasskeySettings;
  /** Whether the account has another strong factor (an authenticator app) besides its passkeys. */
  hasAuthenticatorApp: (account: Account) => boolean;
}): PasskeyService {
  const { store, clock, settings } = deps;
  const audit = (type: 'passkey.added' | 'passkey.renamed' | 'passkey.removed', actor: Actor, details = {}) =>
    deps.audit.record(type, { accountId: actor.account.id, ip: actor.ip, userAgent: actor.userAgent, details });

  async function issue(
    purpose: 'register' | 'authenticate',
    boundTo: string,
    accountId: string | null,
    challenge: string,
  ) {
    const id = newId('pkc');
    const expiresAt = clock.now() + settings.challengeTtlMs;
    await store.putChallenge({ id, challenge, purpose, boundTo, accountId, expiresAt });
    return { challengeId: id, expiresAt };
  }

  return {
    async registrationOptions(actor, boundTo) {
      const existing = await store.listForAccount(actor.account.id);
      if (existing.length >= settings.maxPerAccount)
        return refuse('PASSKEY_LIMIT_REACHED', { limit: settings.maxPerAccount });
      const rp = deps.relyingParty();
      const options = await (
        await webauthnLibrary()
      ).generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.id,
        userName: actor.account.email,
        userID: new TextEncoder().encode(actor.account.id),
        attestationType: 'none',
        timeout: settings.challengeTtlMs,
        excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as never })),
        // Discoverable, so the same passkey also signs in without a password.
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      });
      return { ok: true, ...(await issue('register', boundTo, actor.account.id, options.challenge)), options };
    },

    async register(actor, input) {
      const now = clock.now();
      const taken = await store.takeChallenge(input.challengeId, { purpose: 'register', boundTo: input.boundTo, now });
      if (!taken || taken.accountId !== actor.account.id) return refuse('PASSKEY_CHALLENGE_INVALID');
      const existing = await store.listForAccount(actor.account.id);
      const rp = deps.relyingParty();
      let info;
      try {
        const verified = await (
          await webauthnLibrary()
        ).verifyRegistrationResponse({
          response: input.response as RegistrationResponseJSON,
          expectedChallenge: taken.challenge,
          expectedOrigin: [...rp.origins],
          expectedRPID: rp.id,
          requireUserVerification: false,
        });
        if (!verified.verified) return refuse('PASSKEY_INVALID');
        info = verified.registrationInfo;
      } catch {
        return refuse('PASSKEY_INVALID');
      }
      const record: PasskeyRecord = {
        id: newId('pk'),
        accountId: actor.account.id,
        credentialId: info.credential.id,
        publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
        signCount: info.credential.counter,
        transports: (input.response as RegistrationResponseJSON).response?.transports ?? [],
        backedUp: info.credentialBackedUp,
        name: cleanName(input.name) || `Passkey ${existing.length + 1}`,
        createdAt: now,
        lastUsedAt: null,
      };
      // A credential id already registered (here or to another account) is refused: one key, one owner.
      const inserted = await store.insert(record, settings.maxPerAccount);
      if (inserted === 'limit') return refuse('PASSKEY_LIMIT_REACHED', { limit: settings.maxPerAccount });
      if (inserted === 'duplicate') return refuse('PASSKEY_INVALID');
      await audit('passkey.added', actor, { passkeyId: record.id, name: record.name });
      return { ok: true, passkey: summary(record) };
    },

    async authenticationOptions(boundTo, accountId) {
      const rp = deps.relyingParty();
      const mine = accountId === null ? [] : await store.listForAccount(accountId);
      const options = await (
        await webauthnLibrary()
      ).generateAuthenticationOptions({
        rpID: rp.id,
        timeout: settings.challengeTtlMs,
        userVerification: accountId === null ? 'required' : 'preferred',
        ...(accountId === null
          ? {}
          : { allowCredentials: mine.map((p) => ({ id: p.credentialId, transports: p.transports })) }),
      });
      return { ...(await issue('authenticate', boundTo, accountId, options.challenge)), options };
    },

    async authenticate(input) {
      const now = clock.now();
      // Taken first, whatever follows: a challenge is answered once, right or wrong.
      const taken = await store.takeChallenge(input.challengeId, {
        purpose: 'authenticate',
        boundTo: input.boundTo,
        now,
      });
      if (!taken) return refuse('PASSKEY_CHALLENGE_INVALID');
      const credentialId = credentialIdOf(input.response);
      if (!credentialId) return refuse('PASSKEY_INVALID');
      const passkey = await store.findByCredentialId(credentialId);
      // Another account's passkey proves nothing about this one: the same answer as an unknown credential.
      if (!passkey || (taken.accountId !== null && passkey.accountId !== taken.accountId))
        return refuse('PASSKEY_NOT_FOUND');
      const rp = deps.relyingParty();
      let newCounter: number;
      try {
        const verified = await (
          await webauthnLibrary()
        ).verifyAuthenticationResponse({
          response: input.response as AuthenticationResponseJSON,
          expectedChallenge: taken.challenge,
          expectedOrigin: [...rp.origins],
          expectedRPID: rp.id,
          // The counter is checked below, by our rule, so its refusal has its own code.
          credential: {
            id: passkey.credentialId,
            publicKey: Buffer.from(passkey.publicKey, 'base64url'),
            counter: 0,
            transports: passkey.transports as never,
          },
          // Without a password the passkey is the whole proof: the person must be verified, not just present.
          requireUserVerification: taken.accountId === null,
        });
        if (!verified.verified) return refuse('PASSKEY_INVALID');
        newCounter = verified.authenticationInfo.newCounter;
      } catch {
        return refuse('PASSKEY_INVALID');
      }
      // A counter that does not move forward means a cloned authenticator or a replayed assertion (0/0: none kept).
      if ((newCounter > 0 || passkey.signCount > 0) && newCounter <= passkey.signCount)
        return refuse('PASSKEY_COUNTER_INVALID');
      if (!(await store.recordUse(passkey.id, passkey.signCount, newCounter, now)))
        return refuse('PASSKEY_COUNTER_INVALID');
      return { ok: true, accountId: passkey.accountId, passkeyId: passkey.id };
    },

    async list(accountId) {
      return (await store.listForAccount(accountId)).map(summary);
    },

    async has(accountId) {
      return (await store.listForAccount(accountId)).length > 0;
    },

    async rename(actor, id, name) {
      const clean = cleanName(name);
      if (!clean) return refuse('VALIDATION_FAILED');
      if (!(await store.rename(actor.account.id, id, clean))) return refuse('PASSKEY_NOT_FOUND');
      await audit('passkey.renamed', actor, { passkeyId: id, name: clean });
      return { ok: true };
    },

    async remove(actor, id) {
      const mine = await store.listForAccount(actor.account.id);
      const target = mine.find((p) => p.id === id);
      if (!target) return refuse('PASSKEY_NOT_FOUND');
      const last = mine.length === 1 && !deps.hasAuthenticatorApp(actor.account);
      if (last && clock.now() - actor.signedInAt > settings.freshSignInMs) return refuse('PASSKEY_LAST_FACTOR');
      if (!(await store.remove(actor.account.id, id))) return refuse('PASSKEY_NOT_FOUND');
      await audit('passkey.removed', actor, { passkeyId: id, name: target.name, lastStrongFactor: last });
      return { ok: true };
    },
  };
}
