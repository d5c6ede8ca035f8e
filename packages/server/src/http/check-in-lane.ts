// Check-in answered before Fastify: the request a whole fleet makes all day, at about three quarters of its cost
// through the route when cached. A cross-origin call or a body the route would refuse goes to the route, unchanged.
import type { IncomingMessage } from 'node:http';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { CheckInBody, isLicenseFingerprint, LICENSE_HELD_HEADER } from '@tessera/protocol';
import { AppError } from '../errors/index.js';
import type { FastLane, WebServices } from '../web/index.js';
import { CHECK_IN_CONTENT_TYPE, type CheckInAnswers } from './check-in-answer.js';

/** The route's body schema, compiled: the lane never takes a body the route would refuse. */
const validBody = TypeCompiler.Compile(CheckInBody);
/** What Fastify's JSON parser takes for sure; any other media type goes to the route, which decides. */
const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

/** The headers the route's answer gets from the /v1 hooks (cors.ts: `vary`; build-app.ts: `cache-control`). */
const V1_HEADERS = { 'cache-control': 'no-store', vary: 'Origin' } as const;

function bodyOf(request: IncomingMessage, body: Buffer): unknown {
  if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function checkInLane(checkIn: WebServices['checkIn'], answers: CheckInAnswers): FastLane {
  const toAnswer = (outcome: Awaited<ReturnType<WebServices['checkIn']>>) => {
    if (!outcome.ok) throw new AppError(outcome.code);
    return { contentType: CHECK_IN_CONTENT_TYPE, body: answers.body(outcome) };
  };
  return {
    method: 'POST',
    url: '/v1/check-in',
    // {"credential":"tdc_…"} is under 100 bytes.
    maxBodyBytes: 1024,
    headers: V1_HEADERS,
    answer(request, raw) {
      // A call from a page of another origin goes to the route, where the CORS hook answers it.
      if (request.headers.origin !== undefined) return undefined;
      const held = request.headers[LICENSE_HELD_HEADER];
      if (held !== undefined && !isLicenseFingerprint(held)) return undefined;
      const body = bodyOf(request, raw);
      if (!validBody.Check(body)) return undefined;
      // The whole check-in, as the route runs it: an answer the cache holds comes back at once, with no await.
      const outcome = checkIn(body.credential, held);
      return 'then' in outcome ? outcome.then(toAnswer) : toAnswer(outcome);
    },
  };
}
