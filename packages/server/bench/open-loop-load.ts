// The fleet simulation's paced load: requests arrive on their own schedule (a Poisson process whose rate is set per
// second), as a fleet's devices do, whether or not earlier ones were answered; each latency counts from when the
// request was due, so time spent waiting for a free connection is the fleet's wait too (no coordinated omission).
import { connect, type Socket } from 'node:net';
import { emptyKind, type LoadRequest, type LoadRun, type RequestContext } from './kit.js';

export interface OpenLoopOptions {
  url: string;
  /** Keep-alive connections, opened before the first arrival and kept through the run (a balancer's pool). */
  connections: number;
  /** Arrivals per second, one entry per second of the run. */
  rates: readonly number[];
  request: LoadRequest;
  /** After the last second, how long answers still owed are waited for before they count as timeouts. */
  drainMs?: number;
  /** Injected for tests; `Math.random` otherwise. */
  random?: () => number;
}

/** Arrival times (ms from the start) of a Poisson process whose rate is `rates[s]` through second `s`. */
export function arrivalTimes(rates: readonly number[], random: () => number = Math.random): number[] {
  const times: number[] = [];
  for (let second = 0; second < rates.length; second++) {
    const rate = rates[second]!;
    if (!(rate > 0)) continue;
    // Memoryless: each second's arrivals start afresh at its own rate, the first gap drawn from its start.
    for (let at = second - Math.log(1 - random()) / rate; at < second + 1; at -= Math.log(1 - random()) / rate)
      times.push(at * 1000);
  }
  return times;
}

interface Pending {
  dueMs: number;
  context: RequestContext;
}

/**
 * One keep-alive connection: sends one request at a time and reads its answer (a status line, headers with a
 * `content-length`, the body), which is all a check-in's answer is. Anything else closes the connection as broken.
 */
class Connection {
  private socket: Socket;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private inFlight: Pending | undefined;
  ready: Promise<void>;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly answered: (pending: Pending, status: number, body: string) => void,
    private readonly broken: (pending: Pending | undefined) => void,
  ) {
    this.socket = this.open();
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
  }

  get usable(): boolean {
    return !this.socket.destroyed;
  }

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      const lost = this.inFlight;
      this.inFlight = undefined;
      this.broken(lost);
    });
    return socket;
  }

  send(pending: Pending, head: string, body: string): void {
    this.inFlight = pending;
    this.chunks = [];
    this.buffered = 0;
    this.socket.write(body ? head + body : head);
  }

  private read(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    const end = data.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = data.toString('latin1', 0, end);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
    if (!length || !status || !this.inFlight) return void this.socket.destroy();
    const total = end + 4 + Number(length[1]);
    if (data.length < total) {
      this.chunks = [data];
      return;
    }
    if (data.length > total) return void this.socket.destroy(); // an answer nobody asked for
    const pending = this.inFlight;
    this.inFlight = undefined;
    this.chunks = [];
    this.buffered = 0;
    this.answered(pending, Number(status[1]), data.toString('utf8', end + 4));
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * Runs the schedule: each arrival takes an idle connection, or waits (first come, first served) for the next one
 * free. Arrivals are let go on a 1 ms timer, so one can leave up to about a millisecond after it was due, which its
 * latency includes. Returns what `runLoad` returns, for the same lines.
 */
export async function runOpenLoop(options: OpenLoopOptions): Promise<LoadRun> {
  const url = new URL(options.url);
  const host = url.hostname;
  const port = Number(url.port || 80);
  const kind = emptyKind(options.request.label);
  let errors = 0;
  const waiting: Pending[] = [];
  let waitingAt = 0;
  /** Connections with nothing in flight; a broken one is dropped when it comes up. */
  const idle: Connection[] = [];
  let start = 0;
  let outstanding = 0;
  let finished = false;
  let settle: (() => void) | undefined;

  const dispatch = (connection: Connection, pending: Pending) => {
    const next = options.request.next?.(pending.context) ?? { path: options.request.path ?? '/' };
    const body = next.body ?? '';
    const headers = Object.entries(next.headers ?? {})
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    connection.send(
      pending,
      `POST ${next.path} HTTP/1.1\r\nhost: ${url.host}\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\n\r\n`,
      body,
    );
  };
  const done = () => {
    outstanding -= 1;
    if (outstanding === 0) settle?.();
  };
  const freed = (connection: Connection) => {
    if (waitingAt < waiting.length) dispatch(connection, waiting[waitingAt++]!);
    else idle.push(connection);
  };
  const take = () => {
    for (let connection = idle.pop(); connection; connection = idle.pop()) if (connection.usable) return connection;
    return undefined;
  };
  const answered = (connection: Connection, pending: Pending, status: number, body: string) => {
    if (finished) return;
    const ms = performance.now() - start - pending.dueMs;
    if (options.request.expect(status, body, pending.context)) {
      kind.expected += 1;
      kind.latencySumMs += ms;
      kind.latencyCount += 1;
      kind.latencies.push(ms);
    } else {
      kind.unexpected += 1;
      if (kind.samples.length < 3) kind.samples.push(`${kind.label}: ${status} ${body.slice(0, 240)}`);
    }
    done();
    freed(connection);
  };
  const broken = (pending: Pending | undefined) => {
    if (!pending || finished) return;
    errors += 1;
    done();
  };

  const connections: Connection[] = [];
  for (let i = 0; i < options.connections; i++) {
    const connection: Connection = new Connection(host, port, (...answer) => answered(connection, ...answer), broken);
    connections.push(connection);
  }
  try {
    await Promise.all(connections.map((c) => c.ready));
  } catch (error) {
    // One that could not open fails the run; the others would otherwise stay open, keeping the process alive.
    for (const connection of connections) connection.close();
    throw error;
  }
  idle.push(...connections);

  const arrivals = arrivalTimes(options.rates, options.random);
  outstanding = arrivals.length;
  const cpu = process.cpuUsage();
  start = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now() - start;
      for (; next < arrivals.length && arrivals[next]! <= now; next++) {
        const pending: Pending = { dueMs: arrivals[next]!, context: {} };
        const connection = waitingAt === waiting.length ? take() : undefined;
        if (connection) dispatch(connection, pending);
        else waiting.push(pending);
      }
      if (next < arrivals.length) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const drained = new Promise<void>((resolve) => {
    settle = resolve;
    if (outstanding === 0) resolve();
  });
  const drainMs = options.drainMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([drained, new Promise<void>((resolve) => (timer = setTimeout(resolve, drainMs)))]);
  clearTimeout(timer);
  finished = true;
  const timeouts = outstanding;
  const used = process.cpuUsage(cpu);
  for (const connection of connections) connection.close();
  const seconds = options.rates.length;
  kind.rate = kind.expected / seconds;
  return {
    seconds,
    cpuMs: (used.user + used.system) / 1000,
    errors,
    timeouts,
    kinds: [kind],
  };
}
