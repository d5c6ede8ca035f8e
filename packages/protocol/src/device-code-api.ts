// Device authorization (RFC 8628): a device without a keyboard asks for a code, shows it, and polls for the answer.
import { Type, type Static } from '@sinclair/typebox';
import { DeviceInfo, FlowResult } from './flow.js';

export const DeviceCodeBody = Type.Object(
  {
    appId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
    device: DeviceInfo,
    locale: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('vi')])),
  },
  { additionalProperties: false, title: 'DeviceCodeBody' },
);
export type DeviceCodeBody = Static<typeof DeviceCodeBody>;

/** RFC 8628 §3.2, in its own snake_case names so generic device-flow clients read it. */
export const DeviceCodeView = Type.Object(
  {
    device_code: Type.String(),
    /** 8 characters shown as XXXX-XXXX; case, dashes and look-alikes do not matter when typed. */
    user_code: Type.String(),
    verification_uri: Type.String(),
    verification_uri_complete: Type.String(),
    expires_in: Type.Integer(),
    interval: Type.Integer(),
  },
  { title: 'DeviceCodeView' },
);
export type DeviceCodeView = Static<typeof DeviceCodeView>;

export const DeviceTokenBody = Type.Object(
  {
    device_code: Type.String({ minLength: 1, maxLength: 128 }),
    /** Optional; when sent it must be RFC 8628's grant type. */
    grant_type: Type.Optional(Type.Literal('urn:ietf:params:oauth:grant-type:device_code')),
    /** Sent by generic RFC 8628 clients; the device code already names the app, so it is read and not checked. */
    client_id: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  },
  { additionalProperties: false, title: 'DeviceTokenBody' },
);
export type DeviceTokenBody = Static<typeof DeviceTokenBody>;

/** The approved connect's result, exactly as a connect flow's `done` carries it; handed out once. */
export const DeviceTokenView = Type.Object({ result: FlowResult }, { title: 'DeviceTokenView' });
export type DeviceTokenView = Static<typeof DeviceTokenView>;

export const DEVICE_TOKEN_ERRORS = [
  'authorization_pending',
  'slow_down',
  'expired_token',
  'access_denied',
  'invalid_grant',
] as const;
export type DeviceTokenError = (typeof DEVICE_TOKEN_ERRORS)[number];

/**
 * A poll not (yet) answered, in RFC 8628 §3.5's shape rather than the catalog's: `authorization_pending` (ask again
 * after `interval`), `slow_down` (too fast: `interval` grew by 5 s), `expired_token`, `access_denied`, and
 * `invalid_grant` for a device code that is unknown or was already used.
 */
export const DeviceTokenErrorView = Type.Object(
  {
    error: Type.Union(DEVICE_TOKEN_ERRORS.map((e) => Type.Literal(e))),
    error_description: Type.String(),
    /** The interval the client must now keep between polls, in seconds. */
    interval: Type.Optional(Type.Integer()),
  },
  { title: 'DeviceTokenErrorView' },
);
export type DeviceTokenErrorView = Static<typeof DeviceTokenErrorView>;
