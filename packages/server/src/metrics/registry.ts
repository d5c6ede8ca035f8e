// The Prometheus series: Node's and the process's standard ones (prom-client's defaults), HTTP requests, business counters.
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { talliedCounter } from './tallied-counter.js';
import { talliedHistogram } from './tallied-histogram.js';

/**
 * Process and Node series describe the process, not one Tessera: collected once into their own registry, so the many
 * instances a test process creates neither collide nor each start an event-loop monitor and a GC observer.
 */
let processRegistry: Registry | undefined;
function processSeries(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What the check-in cache reports: lookups served from memory, lookups that read the database, entries held. */
export type CacheStats = () => { hits: number; misses: number; size: number };

export function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  // The cache is built after the registry; its numbers are read when /metrics is scraped, not pushed per check-in.
  let cacheStats: CacheStats | undefined;
  let readsInFlight: (() => number) | undefined;
  new Counter({
    name: 'tessera_check_in_cache_lookups_total',
    help: "Check-in answers looked up in this instance's cache: hit (no database read) or miss.",
    labelNames: ['result'] as const,
    registers,
    collect() {
      if (!cacheStats) return;
      const { hits, misses } = cacheStats();
      this.reset();
      this.inc({ result: 'hit' }, hits);
      this.inc({ result: 'miss' }, misses);
    },
  });
  new Gauge({
    name: 'tessera_check_in_cache_entries',
    help: "Check-in answers held in this instance's cache.",
    registers,
    collect() {
      this.set(cacheStats?.().size ?? 0);
    },
  });
  new Gauge({
    name: 'tessera_check_in_reads_in_flight',
    help: 'Check-ins at the database now (no cached answer): past checkIn.maxReadsInFlight, or while the loop runs late, more are refused with 503.',
    registers,
    collect() {
      this.set(readsInFlight?.() ?? 0);
    },
  });
  return {
    /** Reports the check-in cache's figures on /metrics. */
    observeCheckInCache(stats: CacheStats) {
      cacheStats = stats;
    },
    /** Reports the check-ins at the database now (load shedding's count). */
    observeCheckInReads(inFlight: () => number) {
      readsInFlight = inFlight;
    },
    httpRequests: talliedCounter({
      name: 'tessera_http_requests_total',
      help: 'HTTP requests by route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    /** Of those, the ones a fast lane answered before Fastify routed them (check-ins served from the cache). */
    fastLaneAnswers: talliedCounter({
      name: 'tessera_http_fast_lane_answers_total',
      help: 'HTTP requests answered before routing (cached check-ins), by route pattern; also in tessera_http_requests_total.',
      labelNames: ['method', 'route'] as const,
      registers,
    }),
    httpDuration: talliedHistogram({
      name: 'tessera_http_request_duration_seconds',
      help: 'HTTP request durations by route pattern.',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    signIns: new Counter({
      name: 'tessera_sign_ins_total',
      help: 'Sign-in and connect submissions by flow kind and outcome (succeeded, or the refusal code).',
      labelNames: ['kind', 'outcome'] as const,
      registers,
    }),
    sms: new Counter({
      name: 'tessera_sms_total',
      help: 'SMS by destination country and outcome (sent, failed by the provider, refused by a quota).',
      labelNames: ['country', 'outcome'] as const,
      registers,
    }),
    emails: new Counter({
      name: 'tessera_emails_total',
      help: 'Emails by purpose and outcome (sent, failed, refused by a quota).',
      labelNames: ['purpose', 'outcome'] as const,
      registers,
    }),
    checkIns: talliedCounter({
      name: 'tessera_check_ins_total',
      help: 'Device check-ins by outcome.',
      labelNames: ['outcome'] as const,
      registers,
    }),
    contentType: registry.contentType,
    /** The exposition text: this instance's series, then the process's. */
    async text(): Promise<string> {
      return `${await registry.metrics()}\n${await processSeries().metrics()}`;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
