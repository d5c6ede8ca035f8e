// Request and response schemas of check-in, the license key set, and the device list.
import { Type, type Static } from '@sinclair/typebox';
import { DisplayText } from './text.js';

/**
 * The header an app's check-in carries its device id in: not a secret (the license token states it too), and stable
 * across credential rotations, so a load balancer can hash on it and send each device to the instance that keeps its
 * answer in memory (docs/scale.md). The server does not read it.
 */
export const DEVICE_AFFINITY_HEADER = 'tessera-device';

/**
 * The header an app's check-in names the license token it holds in (`licenseFingerprint` of it). When that is still
 * the token the server would hand back, the answer is `CheckInUnchangedView`: no token and no credential, about a
 * tenth of the bytes, and nothing for the app to store but the time. A header, not a body field, so that an older
 * server ignores it (and answers in full) and an older app simply never gets the short answer.
 */
export const LICENSE_HELD_HEADER = 'tessera-license-held';

/** Characters of a token's tail that name it: the end of its Ed25519 signature, 132 bits. */
const FINGERPRINT_LENGTH = 22;

/** What an app sends in `LICENSE_HELD_HEADER`: the tail of the token's signature, which no other token shares. */
export function licenseFingerprint(token: string): string {
  // A copy, not a slice: V8 keeps a slice's whole parent alive, and a server keeps fingerprints of tokens it holds
  // none of (measured: 663 heap bytes a fingerprint kept as a slice of its token, 50 copied).
  return token.slice(-FINGERPRINT_LENGTH).split('').join('');
}

const FINGERPRINT_PATTERN = `^[A-Za-z0-9_-]{${FINGERPRINT_LENGTH}}$`;
const FINGERPRINT = new RegExp(FINGERPRINT_PATTERN);

/** Whether a header value is a fingerprint (a malformed one is refused like any malformed input). */
export function isLicenseFingerprint(value: unknown): value is string {
  return typeof value === 'string' && FINGERPRINT.test(value);
}

/**
 * The device credential may come as `authorization: Bearer <credential>` with no body instead of the JSON body: what
 * the SDK sends, since a server reading no body spends measurably less per check-in (docs/scale-rounds.md,
 * "Eighth round").
 */
const BEARER_PATTERN = '^Bearer [!-~]{1,128}$';
const BEARER = new RegExp(BEARER_PATTERN);

/** The credential of a check-in's `authorization` header, or undefined when it holds none in the bearer form. */
export function bearerCredential(header: unknown): string | undefined {
  return typeof header === 'string' && BEARER.test(header) ? header.slice(7) : undefined;
}

/** The check-in's own headers (others, such as `DEVICE_AFFINITY_HEADER`, are for the way there). */
export const CheckInHeaders = Type.Object(
  {
    authorization: Type.Optional(
      Type.String({
        pattern: BEARER_PATTERN,
        description: 'The device credential, as `Bearer <credential>`, sent with no body instead of `CheckInBody`.',
      }),
    ),
    [LICENSE_HELD_HEADER]: Type.Optional(
      Type.String({
        pattern: FINGERPRINT_PATTERN,
        description:
          'The last 22 characters of the license token the app holds: while it is still the one, the answer is `CheckInUnchangedView`.',
      }),
    ),
  },
  { title: 'CheckInHeaders' },
);

export const CheckInBody = Type.Object(
  { credential: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false, title: 'CheckInBody' },
);

export const LicenseView = Type.Object(
  {
    token: Type.String(),
    expiresAt: Type.String(),
    plan: Type.String(),
    /** The plan's name, to show (the id is for programs). */
    planName: Type.Optional(Type.String()),
    features: Type.Array(Type.String()),
    subscriptionId: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'LicenseView' },
);

export const CheckInView = Type.Object(
  {
    /** `FELL_BACK_TO_FREE` when the subscription this app used has ended. */
    outcome: Type.Union([Type.Literal('VALID'), Type.Literal('FELL_BACK_TO_FREE')]),
    deviceCredential: Type.String(),
    license: LicenseView,
    /**
     * The app is on Free while several of the account's subscriptions would fit it: the person picks one on the
     * portal's device page, and the app gets it at its next check-in.
     */
    choicePending: Type.Optional(Type.Boolean()),
    /** A suggested delay before the next check-in, in seconds; clients add jitter. */
    nextCheckInSeconds: Type.Integer(),
  },
  { title: 'CheckInView' },
);
export type CheckInView = Static<typeof CheckInView>;

/**
 * The answer to an app whose `LICENSE_HELD_HEADER` names the token the server would hand back: its credential and
 * token stay what they are, and only the verdict and the next interval come back.
 */
export const CheckInUnchangedView = Type.Object(
  {
    outcome: Type.Union([Type.Literal('VALID'), Type.Literal('FELL_BACK_TO_FREE')]),
    unchanged: Type.Literal(true),
    choicePending: Type.Optional(Type.Boolean()),
    nextCheckInSeconds: Type.Integer(),
  },
  { title: 'CheckInUnchangedView' },
);
export type CheckInUnchangedView = Static<typeof CheckInUnchangedView>;

export const Jwks = Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }, { title: 'Jwks' });

export const AppConnectionView = Type.Object(
  {
    id: Type.String(),
    appId: Type.String(),
    plan: Type.String(),
    subscriptionId: Type.Union([Type.String(), Type.Null()]),
    connectedAt: Type.String(),
    lastCheckInAt: Type.String(),
  },
  { title: 'AppConnectionView' },
);

export const DeviceView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    platform: Type.String(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    connected: Type.Boolean(),
    apps: Type.Array(AppConnectionView),
  },
  { title: 'DeviceView' },
);
export const DeviceListView = Type.Object({ devices: Type.Array(DeviceView) }, { title: 'DeviceListView' });
export const RenameDeviceBody = Type.Object(
  { name: DisplayText({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false, title: 'RenameDeviceBody' },
);
