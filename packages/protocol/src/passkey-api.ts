// Passkey (WebAuthn) API bodies and views: the account's passkeys, their registration, and passwordless sign-in.
import { Type, type Static } from '@sinclair/typebox';
import { DisplayText } from './text.js';

const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
/** The browser's PublicKeyCredential as JSON (what @simplewebauthn/browser returns); the server verifies its parts. */
const Credential = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 1024 }),
    rawId: Type.String({ minLength: 1, maxLength: 1024 }),
    type: Type.Literal('public-key'),
    response: Type.Record(Type.String(), Type.Unknown()),
    clientExtensionResults: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { title: 'PasskeyCredential' },
);

export const PasskeyView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    createdAt: Type.String(),
    lastUsedAt: Type.Union([Type.String(), Type.Null()]),
    /** Synced across the person's devices by their platform. */
    backedUp: Type.Boolean(),
  },
  { title: 'PasskeyView' },
);
export type PasskeyView = Static<typeof PasskeyView>;

export const PasskeyListView = Type.Object({ passkeys: Type.Array(PasskeyView) }, { title: 'PasskeyListView' });
export type PasskeyListView = Static<typeof PasskeyListView>;

/** Options for `navigator.credentials.create/get` (as JSON) and the challenge's id, which the answer names. */
export const PasskeyCeremonyView = Type.Object(
  { challengeId: Type.String(), options: Type.Record(Type.String(), Type.Unknown()) },
  { title: 'PasskeyCeremonyView' },
);
export type PasskeyCeremonyView = Static<typeof PasskeyCeremonyView>;

export const RegisterPasskeyBody = Type.Object(
  { challengeId: Id, name: DisplayText({ minLength: 1, maxLength: 64 }), credential: Credential },
  { additionalProperties: false, title: 'RegisterPasskeyBody' },
);
export type RegisterPasskeyBody = Static<typeof RegisterPasskeyBody>;

export const RenamePasskeyBody = Type.Object(
  { name: DisplayText({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false, title: 'RenamePasskeyBody' },
);
export type RenamePasskeyBody = Static<typeof RenamePasskeyBody>;

export const PasskeySignInBody = Type.Object(
  { challengeId: Id, credential: Credential },
  { additionalProperties: false, title: 'PasskeySignInBody' },
);
export type PasskeySignInBody = Static<typeof PasskeySignInBody>;

export const PasskeySignInView = Type.Object(
  {
    session: Type.Object({ token: Type.String(), expiresAt: Type.String() }),
    account: Type.Object({ id: Type.String(), email: Type.String() }),
  },
  { title: 'PasskeySignInView' },
);
export type PasskeySignInView = Static<typeof PasskeySignInView>;
