// Check-in answers as JSON text, for the route and the fast lane alike: a cached answer's JSON is made once.
import { randomBytes } from 'node:crypto';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { Static } from '@sinclair/typebox';
import { CheckInView } from '@tessera/protocol';
import type { WebServices } from '../web/index.js';
import { iso } from './iso.js';

type Answered = Extract<Awaited<ReturnType<WebServices['checkIn']>>, { ok: true }>;

export const CHECK_IN_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Where the credential and the token go: random, so no plan name or feature an operator writes can contain them. */
const CREDENTIAL_SLOT = `tdc_slot_${randomBytes(16).toString('hex')}`;
const TOKEN_SLOT = `token_slot_${randomBytes(16).toString('hex')}`;

/** A serialized answer cut where its two slots are: `parts[0] + first + parts[1] + second + parts[2]`. */
interface Cut {
  parts: readonly [string, string, string];
  credentialFirst: boolean;
}

/** The view's serializer, as Fastify would compile it for the route's 200 (fast-json-stringify). */
const toJson = SerializerSelector()({}, {})({
  schema: CheckInView,
  method: 'POST',
  url: '/v1/check-in',
  httpStatus: '200',
}) as (view: unknown) => string;

/**
 * A check-in answer and its license are never changed once made, and the answers the check-in cache holds hand out
 * the same license object on every hit: each of those is serialized once, cut where the credential and the token go,
 * and a cached check-in joins five strings. The token is left out of the kept text so that a cached answer holds it
 * once (its ~600 characters were a quarter of a cached answer's memory). Credentials are `tdc_` and base64url
 * (checked before any lookup, or made here) and tokens are JWS compact (base64url and dots), so neither needs escaping.
 */
export function checkInAnswers(nextCheckInSeconds: number) {
  const serialized = new WeakMap<object, Cut>();
  // The text before the second slot holds nothing of the answer's but its outcome (in this view's field order): one
  // copy of each is kept for all answers, at most 16 should the order change.
  const heads = new Map<string, string>();
  const shared = (text: string) => {
    const held = heads.get(text);
    if (held !== undefined) return held;
    if (heads.size < 16) heads.set(text, text);
    return text;
  };

  function serialize(outcome: Answered): Cut {
    const view: Static<typeof CheckInView> = {
      choicePending: outcome.choicePending,
      outcome: outcome.code,
      deviceCredential: CREDENTIAL_SLOT,
      license: {
        token: TOKEN_SLOT,
        expiresAt: iso(outcome.license.expiresAt),
        plan: outcome.license.planId,
        planName: outcome.license.planName,
        features: outcome.license.features,
        subscriptionId: outcome.license.subscriptionId,
      },
      nextCheckInSeconds,
    };
    const text = toJson(view);
    const credential = text.indexOf(CREDENTIAL_SLOT);
    const token = text.indexOf(TOKEN_SLOT);
    const [first, second] = credential < token ? [CREDENTIAL_SLOT, TOKEN_SLOT] : [TOKEN_SLOT, CREDENTIAL_SLOT];
    const a = Math.min(credential, token);
    const b = Math.max(credential, token);
    return {
      parts: [shared(text.slice(0, a)), shared(text.slice(a + first.length, b)), text.slice(b + second.length)],
      credentialFirst: credential < token,
    };
  }

  return {
    text(outcome: Answered): string {
      let json = outcome.cached ? serialized.get(outcome.license) : undefined;
      if (!json) {
        json = serialize(outcome);
        // Only an answer the cache holds comes back: one made for this request alone would only burden the GC.
        if (outcome.cached) serialized.set(outcome.license, json);
      }
      const [p0, p1, p2] = json.parts;
      const token = outcome.license.token;
      return json.credentialFirst
        ? p0 + outcome.credential + p1 + token + p2
        : p0 + token + p1 + outcome.credential + p2;
    },
  };
}

export type CheckInAnswers = ReturnType<typeof checkInAnswers>;
