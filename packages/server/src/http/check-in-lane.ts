// Check-in answered from the cache before Fastify: the request a whole fleet makes all day, at about three quarters
// of its cost through the route. Anything the cache cannot answer whole goes to the route, unchanged.
import type { IncomingMessage } from 'node:http';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { CheckInBody } from '@tessera/protocol';
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
  return {
    method: 'POST',
    url: '/v1/check-in',
    // {"credential":"tdc_…"} is under 100 bytes.
    maxBodyBytes: 1024,
    answer(request, raw) {
      // A call from a page of another origin goes to the route, where the CORS hook answers it.
      if (request.headers.origin !== undefined) return undefined;
      const body = bodyOf(request, raw);
      if (!validBody.Check(body)) return undefined;
      const outcome = checkIn.fromCache(body.credential);
      if (!outcome) return undefined;
      return { contentType: CHECK_IN_CONTENT_TYPE, body: answers.text(outcome), headers: V1_HEADERS };
    },
  };
}
