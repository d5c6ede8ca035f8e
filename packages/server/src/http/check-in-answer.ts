// Check-in answers as JSON, for the route and the fast lane alike: the unchanged answers' bytes are made once.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { Static } from '@sinclair/typebox';
import { CheckInView, type CheckInUnchangedView } from '@tessera/protocol';
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

const VERDICTS = ['VALID', 'FELL_BACK_TO_FREE'] as const;

/**
 * An unchanged answer names neither the app nor its token, so there are four of them in all (two verdicts, a choice
 * waiting or not): their texts are made once, here, and every such check-in sends one as it is. Measured with wrk on a
 * seeded server (docs/scale-rounds.md, "Seventh round"): making an answer's text on every hit cost more server CPU than
 * the check-in's own work. Text, not bytes: Node writes a text body in one piece with the header block, a Buffer beside
 * it as a second piece (a two-part `writev`), measured 1–3 µs more a response (docs/scale-rounds.md, "Tenth round"). An
 * answer in full (an app that does not hold its token, or gets a new one) is made for its request alone.
 */
export function checkInAnswers(nextCheckInSeconds: number) {
  const unchanged = VERDICTS.flatMap((outcome) =>
    [false, true].map((choicePending) => {
      const view: CheckInUnchangedView = { outcome, unchanged: true, choicePending, nextCheckInSeconds };
      return JSON.stringify(view);
    }),
  );

  const full = (outcome: Extract<Answered, { unchanged?: undefined }>): string => {
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
    /** The answer's JSON: made once for an unchanged answer, for this request for one in full. */
    body(outcome: Answered): string {
      if (!outcome.unchanged) return full(outcome);
      return unchanged[(outcome.code === 'VALID' ? 0 : 2) + (outcome.choicePending ? 1 : 0)]!;
    },
  };
}

export type CheckInAnswers = ReturnType<typeof checkInAnswers>;
