// Check-in answers as JSON text, for the route and the fast lane alike: a cached answer's JSON is made once.
import { randomBytes } from 'node:crypto';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { Static } from '@sinclair/typebox';
import { CheckInView } from '@tessera/protocol';
import type { WebServices } from '../web/index.js';
import { iso } from './iso.js';

type Answered = Extract<Awaited<ReturnType<WebServices['checkIn']>>, { ok: true }>;

export const CHECK_IN_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Where the credential goes: random, so no plan name or feature an operator writes can contain it. */
const CREDENTIAL_SLOT = `tdc_slot_${randomBytes(16).toString('hex')}`;

/** The view's serializer, as Fastify would compile it for the route's 200 (fast-json-stringify). */
const toJson = SerializerSelector()({}, {})({
  schema: CheckInView,
  method: 'POST',
  url: '/v1/check-in',
  httpStatus: '200',
}) as (view: unknown) => string;

/**
 * A check-in answer and its license are never changed once made, and the answers the check-in cache holds hand out
 * the same license object on every hit: each of those is serialized once, cut where the credential goes, and a
 * cached check-in joins three strings. Credentials are `tdc_` and base64url (checked before any lookup, or made
 * here), so they need no escaping.
 */
export function checkInAnswers(nextCheckInSeconds: number) {
  const serialized = new WeakMap<object, readonly [string, string]>();

  function serialize(outcome: Answered): readonly [string, string] {
    const view: Static<typeof CheckInView> = {
      choicePending: outcome.choicePending,
      outcome: outcome.code,
      deviceCredential: CREDENTIAL_SLOT,
      license: {
        token: outcome.license.token,
        expiresAt: iso(outcome.license.expiresAt),
        plan: outcome.license.planId,
        planName: outcome.license.planName,
        features: outcome.license.features,
        subscriptionId: outcome.license.subscriptionId,
      },
      nextCheckInSeconds,
    };
    const text = toJson(view);
    const at = text.indexOf(CREDENTIAL_SLOT);
    return [text.slice(0, at), text.slice(at + CREDENTIAL_SLOT.length)];
  }

  return {
    text(outcome: Answered): string {
      let json = outcome.cached ? serialized.get(outcome.license) : undefined;
      if (!json) {
        json = serialize(outcome);
        // Only an answer the cache holds comes back: one made for this request alone would only burden the GC.
        if (outcome.cached) serialized.set(outcome.license, json);
      }
      return json[0] + outcome.credential + json[1];
    },
  };
}

export type CheckInAnswers = ReturnType<typeof checkInAnswers>;
