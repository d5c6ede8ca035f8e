// The Fastify instance type the routes are written against, and the services they reach.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config/index.js';
import type { Clock } from '../common/index.js';
import type { FlowEngine } from '../flows/index.js';
import type { AccountService, FactorService } from '../identity/index.js';
import type { AccountDeletion } from '../identity/index.js';
import type { SessionService } from '../sessions/index.js';
import type { AuditStore } from '../audit/index.js';
import type { OutboxStore } from '../messaging/index.js';
import type { CounterStore } from '../risk/index.js';
import type { CheckIn, ChooseSubscription, DeviceStore } from '../devices/index.js';
import type { Licensing, SigningKeys } from '../licensing/index.js';
import type { ConsentService } from '../consent/index.js';
import type { Metrics } from '../metrics/index.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface HttpServices {
  config: Config;
  clock: Clock;
  flows: FlowEngine;
  accounts: AccountService;
  factors: FactorService;
  sessions: SessionService;
  audit: AuditStore;
  outbox: OutboxStore;
  counters: CounterStore;
  metrics: Metrics;
  signingKeys: SigningKeys;
  checkIn: CheckIn;
  /** The portal's choice of subscription for a device's apps on Free when several fit. */
  chooseSubscription: ChooseSubscription;
  deviceStore: DeviceStore;
  disconnectDevice(accountId: string, deviceId: string): Promise<boolean>;
  disconnectApp(credential: string): Promise<{ ok: true } | { ok: false; code: 'DEVICE_CREDENTIAL_INVALID' }>;
  consent: ConsentService;
  licensing: Licensing;
  /** "Delete my account" in the portal: a request, a grace period, then the purge. */
  accountDeletion: AccountDeletion;
  /** Readiness: resolves when the database (and Redis, when used) answer. */
  ready(): Promise<void>;
}
