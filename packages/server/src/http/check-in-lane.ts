// Check-in answered before Fastify: the request a whole fleet makes all day, at about three quarters of its cost
// through the route when cached. A cross-origin call or a body the route would refuse goes to the route, unchanged.
import type { IncomingMessage } from 'node:http';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  bearerCredential,
  CheckInBody,
  isLicenseFingerprint,
  LICENSE_HELD_HEADER,
  pickLocale,
} from '@tessera/protocol';
import { AppError } from '../errors/index.js';
import { bodyOfError, type FastLane, type LaneAnswer, type WebServices } from '../web/index.js';
import { CHECK_IN_CONTENT_TYPE, type CheckInAnswers } from './check-in-answer.js';

/** The route's body schema, compiled: the lane never takes a body the route would refuse. */
const validBody = TypeCompiler.Compile(CheckInBody);
/** What Fastify's JSON parser takes for sure; any other media type goes to the route, which decides. */
const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

/** The headers the route's answer gets from the /v1 hooks (cors.ts: `vary`; build-app.ts: `cache-control`). */
const V1_HEADERS = { 'cache-control': 'no-store', vary: 'Origin' } as const;

/**
 * The credential as the route would take it: from `authorization` when there is no body (and no media type, which
 * Fastify's parser would refuse for an empty body), else from a JSON body with no `authorization` beside it.
 */
function credentialOf(request: IncomingMessage, body: Buffer): string | undefined {
  const { authorization } = request.headers;
  if (body.length === 0)
    return request.headers['content-type'] === undefined ? bearerCredential(authorization) : undefined;
  if (authorization !== undefined) return undefined;
  const parsed = bodyOf(request, body);
  return validBody.Check(parsed) ? parsed.credential : undefined;
}

function bodyOf(request: IncomingMessage, body: Buffer): unknown {
  if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

type Refused = Extract<Awaited<ReturnType<WebServices['checkIn']>>, { ok: false }>;

/** A refused check-in as the catalog answers it; one shed under load says when to come back (`retry-after`). */
export const refusalOf = (outcome: Refused) =>
  new AppError(outcome.code, undefined, 'retryAfterSeconds' in outcome ? outcome.retryAfterSeconds : undefined);

/**
 * A refusal under load as the error handler would word it, made once per language and wait: a busy instance sends
 * little else, and each one made afresh cost a cached answer's CPU again (an error object, its catalog text, JSON).
 */
function shedAnswers() {
  const made = new Map<string, string>();
  return (request: IncomingMessage, seconds: number): LaneAnswer => {
    const language = request.headers['accept-language'];
    const key = `${pickLocale(language)} ${seconds}`;
    let body = made.get(key);
    if (body === undefined)
      made.set(key, (body = JSON.stringify(bodyOfError(new AppError('UNAVAILABLE', undefined, seconds), language))));
    return { status: 503, contentType: CHECK_IN_CONTENT_TYPE, body, headers: ['retry-after', String(seconds)] };
  };
}

export function checkInLane(checkIn: WebServices['checkIn'], answers: CheckInAnswers): FastLane {
  const shed = shedAnswers();
  const toAnswer = (outcome: Awaited<ReturnType<WebServices['checkIn']>>, request: IncomingMessage): LaneAnswer => {
    if (outcome.code === 'UNAVAILABLE') return shed(request, outcome.retryAfterSeconds);
    if (!outcome.ok) throw refusalOf(outcome);
    return { contentType: CHECK_IN_CONTENT_TYPE, body: answers.body(outcome) };
  };
  return {
    method: 'POST',
    url: '/v1/check-in',
    // {"credential":"tdc_…"} is under 100 bytes; the SDK sends none (the credential in `authorization`).
    maxBodyBytes: 1024,
    headers: V1_HEADERS,
    answer(request, raw) {
      // A call from a page of another origin goes to the route, where the CORS hook answers it.
      if (request.headers.origin !== undefined) return undefined;
      const held = request.headers[LICENSE_HELD_HEADER];
      if (held !== undefined && !isLicenseFingerprint(held)) return undefined;
      const credential = credentialOf(request, raw);
      if (credential === undefined) return undefined;
      // The whole check-in, as the route runs it: an answer the cache holds (or a refusal under load) comes back at
      // once, with no await.
      const outcome = checkIn(credential, held);
      return 'then' in outcome ? outcome.then((settled) => toAnswer(settled, request)) : toAnswer(outcome, request);
    },
  };
}
