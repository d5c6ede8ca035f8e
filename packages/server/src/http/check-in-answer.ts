// Check-in answers as JSON, for the route and the fast lane alike: the bytes of an answer the cache holds are made once.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { Static } from '@sinclair/typebox';
import { CheckInView } from '@tessera/protocol';
import type { WebServices } from '../web/index.js';
import { iso } from './iso.js';

type Answered = Extract<Awaited<ReturnType<WebServices['checkIn']>>, { ok: true }>;

export const CHECK_IN_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The view's serializer, as Fastify would compile it for the route's 200 (fast-json-stringify). */
const toJson = SerializerSelector()({}, {})({
  schema: CheckInView,
  method: 'POST',
  url: '/v1/check-in',
  httpStatus: '200',
}) as (view: unknown) => string;

/** Bytes made for one credential's cached answer: only that credential is answered with them. */
interface Made {
  credential: string;
  bytes: Buffer;
}

/**
 * A cached answer and its license are never changed once made, and every hit on a cached answer hands out the same
 * license object with the same credential (the cache is keyed by the credential's hash): its JSON is serialized and
 * encoded once, on its first hit, and later hits send those bytes as they are. Measured with wrk on a seeded server
 * (docs/scale.md, "Seventh round"): joining the answer's text around the credential and token on every hit, then
 * encoding it twice (its byte length, then the write), cost more server CPU than the check-in's own work. The bytes
 * are outside V8's heap: the bench's memory figure counts them (heap and external memory per cached answer). They
 * hold the credential (the answer states it), so while an answer is cached its app's credential is in the server's
 * memory, not only its hash: a heap snapshot or core dump of a running server is as secret as its data directory.
 */
export function checkInAnswers(nextCheckInSeconds: number) {
  const made = new WeakMap<object, Made>();

  const json = (outcome: Answered): string => {
    const view: Static<typeof CheckInView> = {
      choicePending: outcome.choicePending,
      outcome: outcome.code,
      deviceCredential: outcome.credential,
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
    return toJson(view);
  };

  return {
    /** The answer's JSON: bytes made once for a cached answer, text for one made for this request alone. */
    body(outcome: Answered): string | Buffer {
      // An answer made for this request alone is sent once: keeping its bytes would only burden memory.
      if (!outcome.cached) return json(outcome);
      const held = made.get(outcome.license);
      if (held?.credential === outcome.credential) return held.bytes;
      const text = json(outcome);
      // A buffer of its own, not a slice of Node's shared pool: a kept slice would keep its whole 8 KiB slab alive.
      const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
      bytes.write(text);
      made.set(outcome.license, { credential: outcome.credential, bytes });
      return bytes;
    },
  };
}

export type CheckInAnswers = ReturnType<typeof checkInAnswers>;
