// Part of the composition root: check-in (cached answers, entitlements settled on the way) and the portal's choice
// of subscription for apps on Free, both over the check-in store's one joined read, and the bookkeeping check-ins
// gather (last-seen times, check-ins per minute).
import type { Logger } from 'pino';
import { watchEventLoopLag, type Clock, type UnitOfWork } from '../common/index.js';
import type { Config } from '../config/index.js';
import {
  createCheckIn,
  createChooseSubscription,
  createEntitlements,
  createLastSeenBuffer,
  createReadAdmission,
  type CheckInStore,
  type ChangeNotices,
  type UnchangedAnswer,
  type CheckInCache,
  type DeviceService,
  type LastSeenBuffer,
  type LicenseSigner,
} from '../devices/index.js';
import type { Licensing } from '../licensing/index.js';
import { countCheckIns, type Metrics } from '../metrics/index.js';
import type { SqlStores } from '../storage/index.js';
import type { EventRecorder } from '../webhooks/index.js';

export function wireCheckIn(deps: {
  config: Config;
  stores: Pick<SqlStores, 'devices' | 'checkIns'>;
  devices: DeviceService;
  licensing: Licensing;
  licenses: LicenseSigner;
  unitOfWork: UnitOfWork;
  notices: ChangeNotices;
  events: EventRecorder;
  clock: Clock;
  cache: CheckInCache<UnchangedAnswer>;
  lastSeen: LastSeenBuffer;
  metrics: Metrics;
}) {
  const { config, stores, licensing, unitOfWork, notices, clock } = deps;
  const checkInStore = stores.checkIns;
  const settle = createEntitlements({
    checkInStore,
    store: stores.devices,
    licensing,
    unitOfWork,
    notices,
    events: deps.events,
  });
  // Load shedding (read-admission.ts): the loop's lateness read every tenth of the limit (10–100 ms), and held a
  // quarter of a second after a late turn, so shedding lasts through a burst's short turns rather than flapping
  // between them; held a whole second, it refused 97 % of a restart's herd (`npm run simulate`; docs/scale-rounds.md,
  // "Twenty-sixth round").
  const shedAfterLagMs = config.checkIn.shedAfterLagMs;
  const tick = Math.max(10, Math.min(100, shedAfterLagMs / 10));
  const lag = shedAfterLagMs > 0 ? watchEventLoopLag(tick, 250) : undefined;
  const admission = createReadAdmission({
    maxInFlight: config.checkIn.maxReadsInFlight,
    lateness: lag ? () => lag.current() / shedAfterLagMs : () => 0,
    retryAfterSeconds: config.checkIn.shedRetryAfterSeconds,
  });
  deps.metrics.observeCheckInReads(admission.inFlight);
  const checkIn = countCheckIns(
    createCheckIn({
      checkInStore,
      store: stores.devices,
      devices: deps.devices,
      settle,
      licenses: deps.licenses,
      clock,
      cache: deps.cache,
      notices,
      lastSeen: deps.lastSeen,
      admission,
      previousCredentialGraceMs: config.deviceCredentialGraceSeconds * 1000,
      reissueFraction: config.checkIn.reissuePercent / 100,
      cacheMs: config.checkIn.cacheSeconds * 1000,
      lastSeenGranularityMs: config.checkIn.lastSeenGranularitySeconds * 1000,
    }),
    deps.metrics,
  );
  const chooseSubscription = createChooseSubscription({
    store: stores.devices,
    checkInStore,
    licensing,
    unitOfWork,
    notices,
    clock,
  });
  return { checkIn, chooseSubscription, stopLoadWatch: () => lag?.stop() };
}

/** Last-seen times and check-in counts, gathered by check-ins and written in batches (last-seen-buffer.ts). */
export function startCheckInBookkeeping(deps: { config: Config; store: CheckInStore; logger: Logger }) {
  const { config, logger } = deps;
  return createLastSeenBuffer({
    store: deps.store,
    intervalMs: config.checkIn.lastSeenFlushSeconds * 1000,
    granularityMs: config.checkIn.lastSeenGranularitySeconds * 1000,
    onError: (err) => logger.error({ err }, 'last-seen write failed'),
  });
}
