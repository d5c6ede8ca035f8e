// Request and response schemas of the account, session, audit and development routes.
import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;
const Password = Type.String({ minLength: 1, maxLength: 1024 });
const Code = Type.String({ minLength: 1, maxLength: 32 });

export const AccountView = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    country: Type.String(),
    locale: Type.String(),
    createdAt: Type.String(),
    factors: Type.Object({
      sms: Type.Union([Type.Null(), Type.Object({ phone: Type.String(), verifiedAt: Type.String() })]),
      totp: Type.Boolean(),
    }),
  },
  { title: 'AccountView' },
);
export type AccountView = Static<typeof AccountView>;

export const StartPhoneBody = Type.Object(
  { phone: Type.String({ minLength: 3, maxLength: 32 }), password: Password },
  { ...strict, title: 'StartPhoneBody' },
);
export const VerifyCodeBody = Type.Object({ code: Code }, { ...strict, title: 'VerifyCodeBody' });
export const PasswordBody = Type.Object({ password: Password }, { ...strict, title: 'PasswordBody' });
export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { ...strict, title: 'ChangePasswordBody' },
);

export const PendingFactorView = Type.Object(
  {
    pending: Type.Literal(true),
    expiresAt: Type.String(),
    phone: Type.Optional(Type.String()),
    totp: Type.Optional(Type.Object({ secret: Type.String(), uri: Type.String() })),
  },
  { title: 'PendingFactorView' },
);

export const OkView = Type.Object({ ok: Type.Literal(true) }, { title: 'OkView' });

export const SessionView = Type.Object(
  {
    id: Type.String(),
    current: Type.Boolean(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    expiresAt: Type.String(),
    ip: Type.Union([Type.String(), Type.Null()]),
    userAgent: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'SessionView' },
);
export const SessionListView = Type.Object({ sessions: Type.Array(SessionView) }, { title: 'SessionListView' });
export const RevokedView = Type.Object({ revoked: Type.Integer() }, { title: 'RevokedView' });

export const AuditEventView = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    at: Type.String(),
    ip: Type.Union([Type.String(), Type.Null()]),
    userAgent: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { title: 'AuditEventView' },
);
export const AuditListView = Type.Object({ events: Type.Array(AuditEventView) }, { title: 'AuditListView' });

export const OutboxMessageView = Type.Object(
  {
    id: Type.String(),
    channel: Type.Union([Type.Literal('sms'), Type.Literal('email')]),
    to: Type.String(),
    subject: Type.Union([Type.String(), Type.Null()]),
    body: Type.String(),
    purpose: Type.String(),
    createdAt: Type.String(),
  },
  { title: 'OutboxMessageView' },
);
export const OutboxListView = Type.Object({ messages: Type.Array(OutboxMessageView) }, { title: 'OutboxListView' });
