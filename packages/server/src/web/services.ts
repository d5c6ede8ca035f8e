// The Fastify instance type every surface is written against, and the services handed to its routes (never stores).
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config/index.js';
import type { Clock } from '../common/index.js';
import type { FlowEngine } from '../flows/index.js';
import type {
  AccountDeletion,
  AccountService,
  FactorService,
  PasskeyService,
  PasswordlessSignIn,
} from '../identity/index.js';
import type { SessionService } from '../sessions/index.js';
import type { AuditTrail } from '../audit/index.js';
import type { DevOutbox } from '../messaging/index.js';
import type { Tallies } from '../risk/index.js';
import type { AccountDevices, CheckIn, ChooseSubscription } from '../devices/index.js';
import type { CodeLookup, Licensing, SigningKeys, SubscriptionAdmin } from '../licensing/index.js';
import type { ConsentService } from '../consent/index.js';
import type { Metrics } from '../metrics/index.js';
import type { Privacy } from '../privacy/index.js';
import type { DeviceGrants } from '../device-grants/index.js';
import type { AccountAdmin, AccountLookup } from '../identity/index.js';
import type { AuditEvents, AuditLog } from '../audit/index.js';
import type { ConsoleOperators, ConsoleSessions, OperatorTokens } from '../operators/index.js';
import type { WebhookEndpoints } from '../webhooks/index.js';
import type { Overview } from '../overview/index.js';
import type { MintJobs } from '../minting/index.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface WebServices {
  config: Config;
  clock: Clock;
  flows: FlowEngine;
  accounts: AccountService;
  factors: FactorService;
  sessions: SessionService;
  /** The account's passkeys (register, list, rename, remove) and passwordless sign-in with one. */
  passkeys: PasskeyService;
  passwordless: PasswordlessSignIn;
  /** The account's security events, as the security page and the data export show them. */
  audit: AuditTrail;
  /** Development mode's outbox (its page and API route exist only in dev mode). */
  outbox: DevOutbox;
  /** The edge's own tallies: requests per minute, one-time form tokens, re-authentication windows. */
  tallies: Tallies;
  metrics: Metrics;
  signingKeys: SigningKeys;
  checkIn: CheckIn;
  /** The account's devices with their apps; rename. */
  devices: AccountDevices;
  /** The portal's choice of subscription for a device's apps on Free when several fit. */
  chooseSubscription: ChooseSubscription;
  disconnectDevice(accountId: string, deviceId: string): Promise<boolean>;
  disconnectApp(credential: string): Promise<{ ok: true } | { ok: false; code: 'DEVICE_CREDENTIAL_INVALID' }>;
  consent: ConsentService;
  licensing: Licensing;
  /** RFC 8628: device codes, polls, and the person's lookup on /activate. */
  deviceGrants: DeviceGrants;
  /** "Delete my account" in the portal: a request, a grace period, then the purge. */
  accountDeletion: AccountDeletion;
  /** "Download my data". */
  privacy: Privacy;
  /** What only the operator API (/admin/v1) and the console call: tokens, account search and support actions, webhooks. */
  operator: OperatorServices;
  /** Readiness: resolves when the database (and Redis, when used) answer. */
  ready(): Promise<void>;
}

export interface OperatorServices {
  tokens: OperatorTokens;
  /** Writes audit entries (every operator call is one, with its token). */
  auditLog: AuditLog;
  /** Account search (a free-text term, filters, pages); still answers the directory's `search`. */
  directory: AccountLookup;
  accountAdmin: AccountAdmin;
  webhooks: WebhookEndpoints;
  subscriptions: SubscriptionAdmin;
  /** Audit events across accounts (filtered, paged, exported); still answers the query's `search`. */
  events: AuditEvents;
  /** An activation code as a customer reads it out: who redeemed it (the console's search). */
  findCode: CodeLookup;
  /** Accounts given a console role (granted by the CLI). */
  consoleOperators: ConsoleOperators;
  /** The console's own sessions: password and authenticator code again, idle timeout, fresh proofs. */
  consoleSessions: ConsoleSessions;
  /** The console's overview: fleet-wide figures (accounts, subscriptions, devices, check-ins, SMS today). */
  overview: Overview;
  /** The console's mints: in the background with progress, the codes downloaded once as a CSV. */
  mintJobs: MintJobs;
}

/** A web surface (the JSON API, the portal, and next the operator API and console): a plugin made from the services. */
export type Surface = (services: WebServices) => FastifyPluginAsync;
