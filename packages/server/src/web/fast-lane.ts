// Requests answered before Fastify routes them: a lane takes one method and path, reads the small body, and either
// answers it or gives the request back to Fastify, body and all, as if the lane were not there.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/index.js';
import type { Metrics } from '../metrics/index.js';
import { bodyOfError } from './error-handler.js';
import { laneRecorder, type SeriesOf } from './metrics.js';

/** A lane's answer, sent as it is with the lane's headers and those every answer of this server carries. */
export interface LaneAnswer {
  /** 200 unless said. */
  status?: number;
  contentType: string;
  /** Text: Node writes it in one piece with the header block (bytes would go as a second piece, measured slower). */
  body: string;
  /** Headers of this answer alone, as a flat list (name, value…): e.g. a refusal's `retry-after`. */
  headers?: readonly string[];
}

export interface FastLane {
  method: string;
  /** The path exactly as it is sent, with no query: any other spelling goes through Fastify. */
  url: string;
  /** A longer body, or one with no `content-length`, goes through Fastify unread. */
  maxBodyBytes: number;
  /** Headers of every answer of this lane (its refusals included) beyond the shared ones: what the route's hooks add. */
  headers: Readonly<Record<string, string>>;
  /**
   * The answer (or its promise), or undefined to leave the request to Fastify, which then runs the route in full: so
   * never undefined after acting. A refusal is thrown as an `AppError`, as a route does, and answered from the catalog.
   */
  answer(request: IncomingMessage, body: Buffer): LaneAnswer | Promise<LaneAnswer> | undefined;
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
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const EMPTY = Buffer.alloc(0);

/**
 * A lane that declines costs more than no lane (the body is parsed twice, the route then replays it): measured ~8 %
 * more on a check-in when a lane tried it first and gave it back. So a lane that declined most of its last WINDOW
 * tries (a client that keeps sending what only the route takes) steps aside, and is tried on one request in
 * SAMPLE_EVERY until its answers pick up again.
 */
class Uptake {
  static readonly WINDOW = 256;
  static readonly SAMPLE_EVERY = 16;
  private seen = 0;
  private answered = 0;
  private sampling = false;
  private skipped = 0;

  /** Whether this request should be tried in the lane. */
  tries(): boolean {
    return !this.sampling || ++this.skipped % Uptake.SAMPLE_EVERY === 0;
  }

  count(answered: boolean): void {
    this.seen += 1;
    if (answered) this.answered += 1;
    if (this.seen < Uptake.WINDOW) return;
    this.sampling = this.answered * 2 < this.seen;
    this.seen = this.answered = 0;
  }
}

interface Entry {
  lane: FastLane;
  /** The shared and the lane's headers as the flat list `writeHead` takes, made once: name, value, name, value… */
  headers: string[];
  answered(status: number, milliseconds: number): void;
  uptake: Uptake;
}

/** The body as a stream that has it all already (`Readable.from` would go through an async iterator per request). */
function replay(body: Buffer): Readable {
  const stream = new Readable({ read() {} });
  stream.push(body);
  stream.push(null);
  return stream;
}

/**
 * Why a lane at all: a check-in answered from the cache costs 5–7 µs in the service and 45–50 µs of server CPU
 * through the route, with this server's hooks, logger and schemas; 33–42 µs through the lane (measured with wrk on
 * the bench machine, docs/scale-rounds.md "Fifth round"). A lane takes only requests it can answer whole, refusals
 * included (from the catalog, as the error handler does); a body its route would refuse, CORS and every other route
 * stay Fastify's.
 */
export function installFastLanes(
  app: FastifyInstance,
  shared: { headers: Readonly<Record<string, string>>; metrics: Metrics; seriesOf: SeriesOf },
): void {
  const lanes = new Map<string, Entry>();
  let closing = false;
  app.decorate('addFastLane', (lane: FastLane) => {
    const answered = laneRecorder(shared.metrics, shared.seriesOf, lane.method, lane.url);
    const headers = Object.entries({ ...shared.headers, ...lane.headers }).flat();
    lanes.set(`${lane.method} ${lane.url}`, { lane, headers, answered, uptake: new Uptake() });
  });
  // A closing server answers 503 to what still arrives on open connections: Fastify does that, so lanes step aside.
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const body = (request.raw as Replayable)[REPLAY];
    done(null, body ? replay(body) : payload);
  });

  // Fastify made its server with its own request handler; the lanes go in front of it (its server options kept).
  const server = app.server;
  const [found] = server.listeners('request') as Handler[];
  if (!found) throw new Error('fast lanes: Fastify has no request handler on its server');
  const fastify: Handler = found;
  server.removeListener('request', fastify);
  server.on('request', (request: Replayable, response: ServerResponse) => {
    const entry = lanes.size === 0 || closing ? undefined : lanes.get(`${request.method} ${request.url}`);
    // No `content-length` and no `transfer-encoding`: HTTP/1.1 says there is no body.
    const declared = request.headers['content-length'];
    const length = declared === undefined ? 0 : Number(declared);
    if (
      !entry ||
      !(length <= entry.lane.maxBodyBytes) ||
      request.headers['transfer-encoding'] !== undefined ||
      !entry.uptake.tries()
    )
      return fastify(request, response);
    const { lane, headers, answered, uptake } = entry;
    const started = performance.now();
    // No body: answered at once, the request's stream left alone (listening for a body that is not there cost a
    // measured third of a bare server's work per request).
    if (length === 0) return handle(EMPTY);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => handle(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));

    function handle(body: Buffer) {
      let answer: LaneAnswer | Promise<LaneAnswer> | undefined;
      try {
        answer = lane.answer(request, body);
      } catch (error) {
        answer = Promise.reject(error);
      }
      uptake.count(answer !== undefined);
      if (!answer) {
        // A body read here is handed back; an empty one was never read, and Fastify reads the stream as usual.
        if (body.length > 0) request[REPLAY] = body;
        return fastify(request, response);
      }
      // Headers as a flat list: Node takes it without walking an object's keys (measured ~1 µs a response less).
      const send = ({ status = 200, contentType, body: text, headers: own }: LaneAnswer, extra = own) => {
        const length = String(Buffer.byteLength(text));
        response.writeHead(status, [
          'content-type',
          contentType,
          'content-length',
          length,
          ...headers,
          ...(extra ?? []),
        ]);
        response.end(text);
        answered(status, performance.now() - started);
      };
      // As Fastify's error handler: a refusal from the catalog; anything else logged, and INTERNAL.
      const refuse = (error: unknown) => {
        const refusal = error instanceof AppError ? error : new AppError('INTERNAL');
        if (refusal !== error) app.log.error({ err: error }, 'unhandled error');
        const retry = refusal.retryAfterSeconds;
        send(
          {
            status: refusal.status,
            contentType: JSON_CONTENT_TYPE,
            body: JSON.stringify(bodyOfError(refusal, request.headers['accept-language'])),
          },
          retry === undefined ? undefined : ['retry-after', String(retry)],
        );
      };
      // Writing the answer itself failed: nothing more can be said on this connection.
      const broken = (error: unknown) => {
        app.log.error({ err: error }, 'fast lane: the answer could not be written');
        response.destroy();
      };
      if ('then' in answer) answer.then(send, refuse).catch(broken);
      else {
        try {
          send(answer);
        } catch (error) {
          broken(error);
        }
      }
    }
  });
}
