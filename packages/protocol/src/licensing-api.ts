// Request and response schemas of the subscription routes: redeeming activation codes, listing subscriptions, family sharing.
import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;
// Ids are a prefix and base64url: the pattern keeps NUL and other bytes PostgreSQL refuses away from the store.
const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
const Time = Type.String({ description: 'ISO 8601' });

/** What a person types: forgiving of case, spaces and dashes, so the bound is loose. */
export const RedeemBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 100 }) },
  { ...strict, title: 'RedeemBody' },
);

export const PlanView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    deviceLimit: Type.Integer(),
    memberLimit: Type.Integer(),
    features: Type.Array(Type.String()),
    termDays: Type.Integer({ description: '0: no end' }),
  },
  { title: 'PlanView' },
);
export type PlanView = Static<typeof PlanView>;

export const SubscriptionView = Type.Object(
  {
    id: Type.String(),
    plan: PlanView,
    role: Type.Union([Type.Literal('owner'), Type.Literal('member')]),
    status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
    source: Type.Union([Type.Literal('activation_code'), Type.Literal('admin')]),
    startsAt: Time,
    endsAt: Type.Union([Time, Type.Null()], { description: 'null: no end' }),
    seats: Type.Object({ used: Type.Integer(), total: Type.Integer(), full: Type.Boolean() }),
    members: Type.Object(
      { used: Type.Integer(), total: Type.Integer() },
      { description: 'people sharing it besides the owner' },
    ),
  },
  { title: 'SubscriptionView' },
);
export type SubscriptionView = Static<typeof SubscriptionView>;

export const SubscriptionListView = Type.Object(
  { subscriptions: Type.Array(SubscriptionView) },
  { title: 'SubscriptionListView' },
);
export const RedeemedView = Type.Object({ subscription: SubscriptionView }, { title: 'RedeemedView' });

export const SubscriptionParams = Type.Object({ id: Id }, { ...strict, title: 'SubscriptionParams' });
export const MemberParams = Type.Object({ id: Id, accountId: Id }, { ...strict, title: 'MemberParams' });

export const InvitationBody = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254 }) },
  { ...strict, title: 'InvitationBody' },
);
export const InvitationView = Type.Object(
  {
    invitation: Type.Object({
      id: Type.String(),
      email: Type.String(),
      expiresAt: Time,
      /** The single-use token the invitee accepts with; also emailed. Shown once. */
      token: Type.String(),
      emailed: Type.Boolean(),
    }),
  },
  { title: 'InvitationView' },
);

export const AcceptInvitationBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { ...strict, title: 'AcceptInvitationBody' },
);

export const MemberListView = Type.Object(
  {
    owner: Type.Object({ accountId: Type.String(), email: Type.String() }),
    members: Type.Array(Type.Object({ accountId: Type.String(), email: Type.String(), joinedAt: Time })),
    /** Pending invitations; shown to the owner only. */
    invitations: Type.Array(Type.Object({ id: Type.String(), email: Type.String(), expiresAt: Time })),
  },
  { title: 'MemberListView' },
);
