// Bench child processes (a server, the load generator): fork on the TS sources, request/reply over IPC, /proc samples.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { constants, monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { memoryCgroup } from './memory-cgroup.js';

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

interface Reply {
  type: 'reply';
  id: number;
  value?: unknown;
  error?: string;
}

/** TESSERA_BENCH_CPU_PROFILE=dir: each bench process writes a V8 CPU profile there when it ends (open in DevTools). */
const profiling = () => {
  const dir = process.env.TESSERA_BENCH_CPU_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

/** A forked bench process: `ready` is its first message; `request` sends `{type, id, ...}` and awaits the reply. */
export class Child<Ready = unknown> {
  readonly process: ChildProcess;
  readonly ready: Promise<Ready>;
  private next = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private exited = false;

  /**
   * `compiled`: the child runs as a deployed server does, JavaScript only: the bench's own files as built by
   * tsconfig.build.json (`npm run bench` builds them into bench-dist/) and `@tessera/server` from its build (dist/).
   * Measured on its sources through tsx, a server would carry the transpiler's memory (~45 MB of RSS) and time.
   */
  constructor(
    module: string,
    spec: unknown,
    /** `memoryLimitMB`: run in a memory cgroup of that size where this machine lets the bench make one (0: none). */
    options: { compiled?: boolean; root?: string; memoryLimitMB?: number } = {},
  ) {
    // `root`: another checkout's bench-dist (compare-builds.ts), else this one's.
    const dist = options.root
      ? pathToFileURL(`${options.root}/packages/server/bench-dist/`)
      : new URL('../bench-dist/', import.meta.url);
    const path = options.compiled
      ? new URL(module.replace(/^\.\//, '').replace(/\.ts$/, '.js'), dist)
      : new URL(module, import.meta.url);
    const loader = options.compiled ? [] : ['--conditions=tessera-source', '--import', 'tsx'];
    const cgroup = options.memoryLimitMB ? memoryCgroup(options.memoryLimitMB) : undefined;
    this.process = fork(fileURLToPath(path), [JSON.stringify(spec)], {
      ...(cgroup ? { execPath: cgroup.execPath } : {}),
      execArgv: [...(cgroup?.execArgv ?? []), ...loader, ...profiling()],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // The server gets the whole of libuv's default pool, whatever the parent was started with.
      env: { ...process.env },
    });
    let settle: { resolve(v: Ready): void; reject(e: Error): void };
    this.ready = new Promise<Ready>((resolve, reject) => (settle = { resolve, reject }));
    this.process.on('message', (message: any) => {
      if (message?.type === 'ready') return settle.resolve(message.value as Ready);
      if (message?.type === 'failed') return settle.reject(new Error(`${module}: ${message.error}`));
      const reply = message as Reply;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.error) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.value);
    });
    this.process.on('exit', (code) => {
      this.exited = true;
      cgroup?.remove();
      const error = new Error(`${module} exited (code ${code})`);
      settle.reject(error);
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    });
  }

  get pid(): number {
    return this.process.pid!;
  }

  request<T>(type: string, payload: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.process.send({ ...payload, type, id });
    });
  }

  /** Asks the child to close what it holds and exit; kills it if it has not after `graceMs`. */
  async close(graceMs = 15_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.send({ type: 'close', id: 0 });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/** In bytes; `memoryLimit` undefined when the process may use the machine's whole memory. */
export interface MemoryLimits {
  memoryLimit: number | undefined;
  heapLimit: number;
}

/** The event loop's turns in ms (the time between a 1 ms timer's firings): the server's own stalls, GC included. */
export interface LoopDelay {
  p99Ms: number;
  maxMs: number;
  /**
   * The main thread's garbage-collection pauses over the run, and of them the major collections'; absent from a server
   * of an older checkout's build, as `bench:compare` may run.
   */
  gcMs?: number;
  majorGcMs?: number;
  /** How many collections: scavenges of the young generation, and major ones (mark-compact, its pause at the end). */
  minorGcs?: number;
  majorGcs?: number;
}

/** Made on the first `loopDelay` request, so a process the bench never asks runs no timer for it. */
let loopDelay: IntervalHistogram | undefined;
/** Node's GC entries, summed while a run is measured (observed only then). */
const gcPauses = { ms: 0, majorMs: 0, minors: 0, majors: 0 };
const addPauses = (list: { getEntries(): PerformanceEntry[] } | PerformanceEntry[]) => {
  for (const entry of Array.isArray(list) ? list : list.getEntries()) {
    gcPauses.ms += entry.duration;
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      gcPauses.majorMs += entry.duration;
      gcPauses.majors += 1;
    } else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcPauses.minors += 1;
  }
};
let gcObserver: PerformanceObserver | undefined;

/** What every bench process answers: its V8 heap and the memory outside it, to tell where a server's RSS goes. */
const COMMON: Record<string, (message: any) => unknown> = {
  /**
   * `{ start: true }` before a measured run, `{ start: false }` after it: Node's event-loop delay histogram (1 ms
   * resolution) and the main thread's garbage-collection pauses over the run, then off, so an idle server between its
   * rounds has no timer firing every millisecond.
   */
  loopDelay: (message: { start: boolean }): LoopDelay | true => {
    loopDelay ??= monitorEventLoopDelay({ resolution: 1 });
    gcObserver ??= new PerformanceObserver(addPauses);
    if (message.start) {
      loopDelay.reset();
      loopDelay.enable();
      gcPauses.ms = gcPauses.majorMs = gcPauses.minors = gcPauses.majors = 0;
      gcObserver.observe({ entryTypes: ['gc'] });
      return true;
    }
    loopDelay.disable();
    // Entries not yet delivered to the callback are taken now, before the observer lets go of them.
    addPauses(gcObserver.takeRecords());
    gcObserver.disconnect();
    return {
      p99Ms: loopDelay.percentile(99) / 1e6,
      maxMs: loopDelay.max / 1e6,
      gcMs: gcPauses.ms,
      majorGcMs: gcPauses.majorMs,
      minorGcs: gcPauses.minors,
      majorGcs: gcPauses.majors,
    };
  },
  memory: () => process.memoryUsage(),
  /** The memory Node was given (a cgroup's limit, else the machine's) and the heap limit V8 took from it at start. */
  limits: (): MemoryLimits => {
    const machine = totalmem();
    const given = process.constrainedMemory();
    return {
      memoryLimit: given > 0 && given < machine ? given : undefined,
      heapLimit: getHeapStatistics().heap_size_limit,
    };
  },
};

/** In a child: announce readiness, answer requests with the handlers, exit on `close` after `onClose`. */
export function serveParent(
  ready: unknown,
  handlers: Record<string, (message: any) => unknown>,
  onClose: () => Promise<void>,
): void {
  process.on('message', async (message: any) => {
    if (message?.type === 'close') {
      await onClose().catch((e) => process.stderr.write(`close: ${(e as Error).message}\n`));
      process.exit(0);
    }
    const handler = COMMON[message?.type] ?? handlers[message?.type];
    try {
      if (!handler) throw new Error(`unknown request ${message?.type}`);
      process.send!({ type: 'reply', id: message.id, value: await handler(message) });
    } catch (error) {
      process.send!({ type: 'reply', id: message.id, error: (error as Error).stack ?? String(error) });
    }
  });
  process.send!({ type: 'ready', value: ready });
}

/** In a child: the spec the parent passed, or a `failed` message and exit when setup throws. */
export function childSpec<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

export function reportSetupFailure(error: unknown): never {
  process.send?.({ type: 'failed', error: (error as Error).stack ?? String(error) });
  process.exit(1);
}

export interface ProcSample {
  rssKiB: number;
  /** User + system CPU time of the process so far. */
  cpuMs: number;
  /** The same, of its main thread alone (the rest: V8's helper threads, which collect garbage and compile, and libuv's). */
  mainCpuMs: number;
}

/** RSS and CPU time of another process, read from /proc (Linux). */
export function procSample(pid: number): ProcSample {
  return {
    rssKiB: rssKiBOf(pid),
    cpuMs: cpuMsOf(`/proc/${pid}/stat`),
    mainCpuMs: cpuMsOf(`/proc/${pid}/task/${pid}/stat`),
  };
}

function rssKiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/** User and system time from a process's or a thread's `stat`. */
function cpuMsOf(path: string): number {
  const stat = readFileSync(path, 'utf8');
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/** Samples a process's RSS every `everyMs` while `work` runs: peak RSS and the CPU time it used meanwhile. */
export async function watchProcess<T>(
  pid: number,
  work: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T; peakRssKiB: number; cpuMs: number; mainCpuMs: number }> {
  const before = procSample(pid);
  let peakRssKiB = before.rssKiB;
  const timer = setInterval(() => {
    try {
      // RSS alone: the CPU times are read once before and once after the run.
      peakRssKiB = Math.max(peakRssKiB, rssKiBOf(pid));
    } catch {
      /* the process ended: the work will report it */
    }
  }, everyMs);
  try {
    const result = await work();
    const after = procSample(pid);
    peakRssKiB = Math.max(peakRssKiB, after.rssKiB);
    return { result, peakRssKiB, cpuMs: after.cpuMs - before.cpuMs, mainCpuMs: after.mainCpuMs - before.mainCpuMs };
  } finally {
    clearInterval(timer);
  }
}
