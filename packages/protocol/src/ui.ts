// UI nodes and messages: what a step asks for, rendered alike by the portal, the SDK and the CLI.
import { Type, type Static } from '@sinclair/typebox';

export const UiText = Type.Object(
  {
    id: Type.Integer(),
    text: Type.String(),
    context: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  },
  { title: 'UiText' },
);
export type UiText = Static<typeof UiText>;

export const UiMessage = Type.Object(
  {
    id: Type.Integer(),
    type: Type.Union([Type.Literal('error'), Type.Literal('info'), Type.Literal('success')]),
    text: Type.String(),
    context: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  },
  { title: 'UiMessage' },
);
export type UiMessage = Static<typeof UiMessage>;

export const INPUT_TYPES = ['email', 'password', 'text', 'tel', 'hidden', 'code'] as const;

export const UiNode = Type.Object(
  {
    name: Type.String(),
    /**
     * input types take a value; `image` shows `src`; `paragraph` shows `label`; `submit` is an action button;
     * `proof_of_work` is an ALTCHA challenge in `meta` (algorithm, challenge, salt, signature, maxnumber) that the client
     * solves and sends, base64 JSON, as the value of the input named in `meta.field`; `select` takes one of `options`'
     * values (a client that does not know `select` may ask for the value as text: the server refuses any other).
     */
    type: Type.Union([
      ...INPUT_TYPES.map((t) => Type.Literal(t)),
      Type.Literal('image'),
      Type.Literal('paragraph'),
      Type.Literal('submit'),
      Type.Literal('proof_of_work'),
      Type.Literal('select'),
    ]),
    required: Type.Optional(Type.Boolean()),
    value: Type.Optional(Type.String()),
    autocomplete: Type.Optional(Type.String()),
    maxLength: Type.Optional(Type.Integer()),
    /** For `image`: a data URI; `mediaType` says which format. */
    src: Type.Optional(Type.String()),
    mediaType: Type.Optional(Type.String()),
    /** For `submit` nodes: the action the button sends. */
    action: Type.Optional(Type.String()),
    label: Type.Optional(UiText),
    /** An action that is shown but cannot be taken (e.g. a full subscription). */
    disabled: Type.Optional(Type.Boolean()),
    /** Structured facts behind the label, for clients that lay options out themselves. */
    meta: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
    ),
    /** For `select`: the values it accepts, each with its name in the flow's language, in that language's order. */
    options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }))),
    /** Seconds until this action becomes available (e.g. resend cooldown). */
    availableIn: Type.Optional(Type.Integer()),
  },
  { title: 'UiNode' },
);
export type UiNode = Static<typeof UiNode>;
export type UiNodeType = UiNode['type'];
