// Requests answered before Fastify routes them: a lane takes one method and path, reads the small body, and either
// answers it or gives the request back to Fastify, body and all, as if the lane were not there.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/index.js';
import { laneRecorder, type RecordRequest } from './metrics.js';

/** A lane's 200 answer, sent as it is with the headers every answer of this server carries. */
export interface LaneAnswer {
  contentType: string;
  body: string;
  /** Headers of this answer beyond the shared ones. */
  headers: Readonly<Record<string, string>>;
}

export interface FastLane {
  method: string;
  /** The path exactly as it is sent, with no query: any other spelling goes through Fastify. */
  url: string;
  /** A longer body, or one with no `content-length`, goes through Fastify unread. */
  maxBodyBytes: number;
  /**
   * The answer, or undefined to leave the request to Fastify. Must not decline after acting: the request then runs
   * through Fastify's route in full.
   */
  answer(request: IncomingMessage, body: Buffer): LaneAnswer | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Serves `lane` before Fastify (the surface keeps a route for the same path: what the lane declines goes there). */
    addFastLane(lane: FastLane): void;
  }
}

/** The body a lane read and gave back: Fastify's content parser reads it from here instead of the spent stream. */
const REPLAY = Symbol('tessera.fastLaneBody');
type Replayable = IncomingMessage & { [REPLAY]?: Buffer };
type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Why a lane at all: a check-in answered from the cache costs ~7 µs in the service and ~40 µs through Fastify with
 * this server's hooks, logger and schemas (measured with wrk, docs/scale.md). A lane skips the framework only for
 * answers it can give whole; validation of anything else, errors, CORS and logging stay Fastify's.
 */
export function installFastLanes(
  app: FastifyInstance,
  shared: { headers: Readonly<Record<string, string>>; metrics: Metrics; record: RecordRequest },
): void {
  const lanes = new Map<string, { lane: FastLane; answered(milliseconds: number): void }>();
  let closing = false;
  app.decorate('addFastLane', (lane: FastLane) => {
    const answered = laneRecorder(shared.metrics, shared.record, lane.method, lane.url);
    lanes.set(`${lane.method} ${lane.url}`, { lane, answered });
  });
  // A closing server answers 503 to what still arrives on open connections: Fastify does that, so lanes step aside.
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const body = (request.raw as Replayable)[REPLAY];
    done(null, body ? Readable.from([body]) : payload);
  });

  // Fastify made its server with its own request handler; the lanes go in front of it (its server options kept).
  const server = app.server;
  const [fastify] = server.listeners('request') as Handler[];
  if (!fastify) throw new Error('fast lanes: Fastify has no request handler on its server');
  server.removeListener('request', fastify);
  server.on('request', (request: Replayable, response: ServerResponse) => {
    const entry = lanes.size === 0 || closing ? undefined : lanes.get(`${request.method} ${request.url}`);
    const length = Number(request.headers['content-length']);
    if (!entry || !(length <= entry.lane.maxBodyBytes) || request.headers['transfer-encoding'] !== undefined)
      return fastify(request, response);
    const { lane, answered } = entry;
    const started = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      let answer: LaneAnswer | undefined;
      try {
        answer = lane.answer(request, body);
      } catch {
        answer = undefined; // Fastify's route runs it again and reports what went wrong, as for any request.
      }
      if (!answer) {
        request[REPLAY] = body;
        return fastify(request, response);
      }
      response.writeHead(200, {
        'content-type': answer.contentType,
        'content-length': Buffer.byteLength(answer.body),
        ...shared.headers,
        ...answer.headers,
      });
      response.end(answer.body);
      answered(performance.now() - started);
    });
  });
}
