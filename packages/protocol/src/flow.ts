// Flow wire contract: kinds, steps, creation and submission bodies, and the step view returned.
import { Type, type Static } from '@sinclair/typebox';
import { UiMessage, UiNode } from './ui.js';
import { ErrorBody } from './error-body.js';
import { DisplayText } from './text.js';

export const FLOW_KINDS = ['sign_in', 'sign_up', 'recovery', 'connect'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const STEPS = [
  'credentials',
  'second_factor',
  'details',
  'verify_email',
  'identify',
  'verify_code',
  'new_password',
  'confirm_account',
  'consent',
  'select_subscription',
  'approve_device',
  'done',
] as const;
export type StepName = (typeof STEPS)[number];

const Email = Type.String({ minLength: 3, maxLength: 254, format: 'email' });
// The password is checked by policy after normalisation; the schema only bounds the bytes read.
const Password = Type.String({ minLength: 1, maxLength: 1024 });
const Code = Type.String({ minLength: 1, maxLength: 32 });
const Locale = Type.Union([Type.Literal('en'), Type.Literal('vi')]);

export const DeviceInfo = Type.Object(
  {
    name: DisplayText({ minLength: 1, maxLength: 100 }),
    platform: DisplayText({ minLength: 1, maxLength: 40 }),
  },
  { additionalProperties: false },
);

export const CreateFlowBody = Type.Union(
  [
    Type.Object({ kind: Type.Literal('sign_in'), locale: Type.Optional(Locale) }, { additionalProperties: false }),
    Type.Object({ kind: Type.Literal('sign_up'), locale: Type.Optional(Locale) }, { additionalProperties: false }),
    Type.Object({ kind: Type.Literal('recovery'), locale: Type.Optional(Locale) }, { additionalProperties: false }),
    Type.Object(
      {
        kind: Type.Literal('connect'),
        locale: Type.Optional(Locale),
        appId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
        device: DeviceInfo,
        /** A credential another app of the vendor stored on this device: the flow offers that account first. */
        deviceCredential: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' })),
        /**
         * The device id this installation was given before (the SDK keeps it after a disconnect): connecting to the
         * same account again reuses that device record instead of adding a duplicate. Ignored for other accounts.
         */
        previousDeviceId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
      },
      { additionalProperties: false },
    ),
  ],
  { title: 'CreateFlowBody' },
);
export type CreateFlowBody = Static<typeof CreateFlowBody>;

const strict = { additionalProperties: false } as const;
export const SubmitFlowBody = Type.Union(
  [
    // The answer is an image code or an ALTCHA proof-of-work payload (base64 JSON, a few hundred characters).
    Type.Object(
      {
        step: Type.Literal('credentials'),
        email: Email,
        password: Password,
        captcha_answer: Type.Optional(Type.String({ maxLength: 1024 })),
      },
      strict,
    ),
    // A fresh challenge (another image) in place of the one shown; not an attempt, so it is no failure either.
    Type.Object({ step: Type.Literal('credentials'), action: Type.Literal('new_challenge') }, strict),
    Type.Object(
      {
        step: Type.Literal('second_factor'),
        action: Type.Union([
          Type.Literal('verify'),
          Type.Literal('resend'),
          Type.Literal('help'),
          Type.Literal('use_sms'),
          Type.Literal('use_totp'),
          Type.Literal('use_passkey'),
          Type.Literal('passkey'),
        ]),
        code: Type.Optional(Code),
        /** For `passkey`: the WebAuthn assertion (the browser's AuthenticationResponseJSON) as a JSON string. */
        assertion: Type.Optional(Type.String({ minLength: 2, maxLength: 16_384 })),
      },
      strict,
    ),
    Type.Object(
      {
        step: Type.Literal('details'),
        email: Email,
        password: Password,
        country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
        locale: Type.Optional(Locale),
      },
      strict,
    ),
    Type.Object(
      {
        step: Type.Literal('verify_email'),
        action: Type.Union([Type.Literal('verify'), Type.Literal('resend')]),
        code: Type.Optional(Code),
      },
      strict,
    ),
    Type.Object({ step: Type.Literal('identify'), email: Email }, strict),
    Type.Object(
      {
        step: Type.Literal('verify_code'),
        action: Type.Union([Type.Literal('verify'), Type.Literal('resend')]),
        code: Type.Optional(Code),
      },
      strict,
    ),
    Type.Object({ step: Type.Literal('new_password'), password: Password }, strict),
    Type.Object(
      {
        step: Type.Literal('confirm_account'),
        action: Type.Union([Type.Literal('connect'), Type.Literal('use_another_account')]),
      },
      strict,
    ),
    Type.Object(
      {
        step: Type.Literal('consent'),
        action: Type.Union([Type.Literal('accept'), Type.Literal('decline')]),
        version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
      },
      strict,
    ),
    Type.Object(
      { step: Type.Literal('select_subscription'), subscriptionId: Type.String({ minLength: 1, maxLength: 64 }) },
      strict,
    ),
    // The last step of a connect a device without a keyboard asked for (RFC 8628): the person approves or denies it.
    Type.Object(
      { step: Type.Literal('approve_device'), action: Type.Union([Type.Literal('approve'), Type.Literal('deny')]) },
      strict,
    ),
  ],
  { title: 'SubmitFlowBody' },
);
export type SubmitFlowBody = Static<typeof SubmitFlowBody>;
export type SubmitFor<S extends StepName> = Extract<SubmitFlowBody, { step: S }>;

export const FlowResult = Type.Object(
  {
    session: Type.Optional(Type.Object({ token: Type.String(), expiresAt: Type.String() })),
    account: Type.Optional(Type.Object({ id: Type.String(), email: Type.String() })),
    device: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
    connection: Type.Optional(Type.Object({ appId: Type.String(), plan: Type.String() })),
    deviceCredential: Type.Optional(Type.String()),
    license: Type.Optional(
      Type.Object({
        token: Type.String(),
        expiresAt: Type.String(),
        plan: Type.String(),
        /** The plan's name as the operator set it (absent from servers before it was added). */
        planName: Type.Optional(Type.String()),
        features: Type.Array(Type.String()),
        subscriptionId: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
  },
  { title: 'FlowResult' },
);
export type FlowResult = Static<typeof FlowResult>;

export const FlowView = Type.Object(
  {
    flow: Type.Object({
      id: Type.String(),
      kind: Type.Union(FLOW_KINDS.map((k) => Type.Literal(k))),
      expiresAt: Type.String(),
      locale: Locale,
    }),
    step: Type.Union(STEPS.map((s) => Type.Literal(s))),
    ui: Type.Object({ nodes: Type.Array(UiNode), messages: Type.Array(UiMessage) }),
    result: Type.Optional(FlowResult),
    /** Present when the submission was rejected; the flow stays usable at `step`. */
    error: Type.Optional(ErrorBody.properties.error),
  },
  { title: 'FlowView' },
);
export type FlowView = Static<typeof FlowView>;
