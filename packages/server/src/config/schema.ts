// The one configuration schema: every setting, its type, bounds and default.
import { Type, type Static } from '@sinclair/typebox';
import { Int } from './int.js';
import { CheckInSettings, LicenseSettings, LicensingSettings } from './licensing-schema.js';

export const ConfigSchema = Type.Object(
  {
    port: Int(0, 65535, 3000, 'TESSERA_PORT: HTTP port (0: any free port)'),
    host: Type.String({
      default: '127.0.0.1',
      description: 'TESSERA_HOST: listen address (0.0.0.0 for every interface)',
    }),
    dataDir: Type.String({
      minLength: 1,
      default: './data',
      description: 'TESSERA_DATA_DIR: SQLite file and generated keys',
    }),
    databaseUrl: Type.Optional(
      Type.String({ pattern: '^postgres(ql)?://', description: 'TESSERA_DATABASE_URL: PostgreSQL when set' }),
    ),
    sqliteCacheMegabytes: Int(
      1,
      4096,
      2,
      'TESSERA_SQLITE_CACHE_MB: page cache of each of the two SQLite connections (the writer, the check-in reader), in MiB',
    ),
    redisUrl: Type.Optional(
      Type.String({ pattern: '^rediss?://', description: 'TESSERA_REDIS_URL: shared counters when set' }),
    ),
    redisKeyPrefix: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[\\x21-\\x7e]+$',
      default: 'tessera:',
      description: 'TESSERA_REDIS_PREFIX: prefix of every Redis key, so several deployments can share one Redis',
    }),
    baseUrl: Type.Optional(Type.String({ pattern: '^https?://', description: 'TESSERA_BASE_URL: public URL' })),
    trustedProxies: Type.Array(Type.String(), {
      default: [],
      description: 'TESSERA_TRUSTED_PROXIES: comma-separated IPs or CIDRs',
    }),
    corsOrigins: Type.Array(Type.String({ pattern: '^https?://[^/]+$' }), {
      default: [],
      description:
        'TESSERA_CORS_ORIGINS: comma-separated origins (`https://app.example.com`) whose browser apps may call /v1 with a Bearer token; never with cookies',
    }),
    dev: Type.Boolean({
      default: false,
      description: 'TESSERA_DEV: development mode (outbox routes, verbose errors in logs)',
    }),
    logLevel: Type.Union(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
      {
        default: 'info',
        description: 'TESSERA_LOG_LEVEL: pino level; JSON lines, or one readable line per request in development mode',
      },
    ),
    productName: Type.String({
      minLength: 1,
      maxLength: 40,
      default: 'Tessera',
      description: 'TESSERA_PRODUCT_NAME: the name in messages, emails and pages',
    }),
    branding: Type.Object(
      {
        logoUrl: Type.Optional(
          Type.String({
            pattern: '^https://[^\\s\'"]+$',
            maxLength: 500,
            description:
              'logo shown beside the product name in the portal header (an https URL; the CSP allows its origin)',
          }),
        ),
        logoFile: Type.Optional(
          Type.String({
            pattern: '^[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(png|svg|webp|jpe?g)$',
            description:
              'a logo file (png, svg, webp, jpeg; at most 256 KiB) in the data directory, served by the portal; used when logoUrl is not set',
          }),
        ),
        primaryColor: Type.String({
          pattern: '^#[0-9a-fA-F]{6}$',
          default: '#1d4ed8',
          description:
            'colour of buttons, links and the current page; white text sits on it, so keep a contrast of 4.5:1 or more',
        }),
        supportUrl: Type.Optional(
          Type.String({
            pattern: '^(https?://|mailto:)',
            maxLength: 500,
            description: 'a "Help" link in the portal footer (https or mailto:)',
          }),
        ),
        privacyUrl: Type.Optional(
          Type.String({
            pattern: '^https?://',
            maxLength: 500,
            description: 'a "Privacy policy" link in the portal footer',
          }),
        ),
        termsUrl: Type.Optional(
          Type.String({ pattern: '^https?://', maxLength: 500, description: 'a "Terms" link in the portal footer' }),
        ),
      },
      { default: {}, description: 'how the portal looks: set in the config file (TESSERA_CONFIG_FILE)' },
    ),
    bodyLimitBytes: Int(1024, 10 * 1024 * 1024, 64 * 1024, 'largest accepted request body'),
    requestsPerMinute: Int(1, 1_000_000, 120, 'per client IP and route, on flow and account changes'),
    operatorRequestsPerMinute: Int(1, 1_000_000, 600, 'per operator token, on every /admin/v1 call'),
    flowLifetimeSeconds: Int(60, 24 * 3600, 1800, 'how long a flow stays usable'),
    flowResultRetentionSeconds: Int(
      0,
      3600,
      120,
      "how long a finished connect's result (credential included) can be fetched again after a lost answer; 0 keeps none",
    ),
    deviceCredentialGraceSeconds: Int(
      0,
      3600,
      120,
      'how long a device credential replaced at check-in still works (a lost check-in answer)',
    ),
    deviceCode: Type.Object(
      {
        lifetimeSeconds: Int(60, 3600, 600, 'how long a device code (RFC 8628) waits to be approved'),
        intervalSeconds: Int(1, 60, 5, 'seconds a device keeps between polls; each poll sooner adds 5'),
        lookupsPerIpPerHour: Int(1, 100_000, 20, 'user codes one IP may try that match nothing, per hour'),
        lookupsPerHour: Int(
          1,
          10_000_000,
          2000,
          'user codes that may be tried and match nothing across every IP, per hour (guessing the code space)',
        ),
        countryHeader: Type.Optional(
          Type.String({
            pattern: '^[a-z0-9-]+$',
            maxLength: 60,
            description:
              'a header a trusted proxy sets to the client country (e.g. cf-ipcountry), shown on /activate; unset shows none',
          }),
        ),
      },
      { default: {}, description: 'connecting a device without a keyboard (RFC 8628 device authorization)' },
    ),
    sessionLifetimeSeconds: Int(300, 400 * 24 * 3600, 30 * 24 * 3600, 'portal and API session lifetime'),
    consoleIdleMinutes: Int(
      1,
      24 * 60,
      15,
      'an operator console session ends after this long without a page (it ends after 12 hours regardless)',
    ),
    maxSessionsPerAccount: Int(1, 10_000, 50, 'live sessions one account may have; signing in past it ends the oldest'),
    password: Type.Object(
      {
        memoryCostKiB: Int(1024, 1024 * 1024, 19456, 'argon2id m (OWASP: 19 MiB)'),
        timeCost: Int(1, 20, 2, 'argon2id t'),
      },
      { default: {} },
    ),
    risk: Type.Object(
      {
        windowSeconds: Int(60, 24 * 3600, 900, 'sliding window for the sign-in counters'),
        captchaAfterEmailFailures: Int(
          1,
          1000,
          3,
          'password attempts for one email (in the window) before each needs the captcha',
        ),
        captchaAfterIpFailures: Int(
          1,
          100000,
          10,
          'password attempts from one IP (in the window) before each needs the captcha',
        ),
        throttleAfterIpFailures: Int(
          2,
          100000,
          10,
          'passwords checked for one IP (in the window) before its growing waits',
        ),
        maxThrottleSeconds: Int(1, 24 * 3600, 900, 'longest single wait of one IP'),
        maxConsecutiveFailures: Int(
          10,
          100,
          100,
          'failures in a row on one account past which every password attempt needs the captcha and meets the IP waits (NIST 800-63B: at most 100)',
        ),
        codeWindowSeconds: Int(60, 7 * 24 * 3600, 3600, 'window of the per-account and per-address code budgets'),
        totpAttemptsPerFlow: Int(1, 20, 5, 'authenticator codes one flow may try'),
        factorAttemptsPerAccount: Int(
          1,
          1000,
          10,
          'wrong codes per second factor (authenticator, SMS) and account in the code window, across flows and IPs',
        ),
        passwordConfirmationsPerAccount: Int(
          1,
          1000,
          10,
          'wrong passwords a signed-in session may give before sensitive changes, per account in the code window',
        ),
        emailCodeAttemptsPerAddress: Int(
          1,
          1000,
          10,
          'wrong emailed codes (sign-up, recovery) per address and IP in the code window, across flows',
        ),
      },
      { default: {} },
    ),
    sms: Type.Object(
      {
        codeTtlSeconds: Int(60, 600, 300, 'SMS code lifetime (at most 10 minutes)'),
        maxAttempts: Int(1, 10, 5, 'tries per SMS or emailed code'),
        resendCooldownSeconds: Int(10, 600, 60, 'wait between sends'),
        perNumberHour: Int(1, 1000, 5, 'SMS to one phone number per hour'),
        perNumberDay: Int(1, 10000, 10, 'SMS to one phone number per day'),
        perAccountHour: Int(1, 1000, 5, 'SMS for one account per hour'),
        perAccountDay: Int(1, 10000, 10, 'SMS for one account per day'),
        perIpHour: Int(1, 10000, 20, 'SMS requested from one client IP per hour'),
        perIpDay: Int(1, 100000, 100, 'SMS requested from one client IP per day'),
        allowedCountries: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
          default: ['VN', 'US', 'CA', 'GB', 'DE', 'FR', 'JP', 'SG', 'AU'],
          description: 'TESSERA_SMS_COUNTRIES: ISO 3166 alpha-2 destinations allowed (SMS pumping)',
        }),
        deniedPrefixes: Type.Array(Type.String({ pattern: '^\\+[1-9][0-9]{0,14}$' }), {
          default: ['+1900', '+44909', '+44871', '+44872', '+44873', '+3389', '+49900', '+49137', '+611900', '+81990'],
          description:
            'E.164 prefixes never sent SMS codes, even in allowed countries (premium-rate ranges); only mobile-capable numbers are accepted anyway',
        }),
        provider: Type.Union(
          [
            Type.Object({ kind: Type.Literal('outbox') }),
            Type.Object({
              kind: Type.Literal('http'),
              baseUrl: Type.String({ pattern: '^https?://' }),
              accountSid: Type.String({ minLength: 1 }),
              authToken: Type.String({ minLength: 1 }),
              from: Type.String({ minLength: 1 }),
            }),
          ],
          {
            default: { kind: 'outbox' },
            description:
              'where SMS go: the development outbox, or a Twilio-style HTTP API (TESSERA_SMS_PROVIDER_URL, _ACCOUNT_SID, _AUTH_TOKEN, _FROM)',
          },
        ),
      },
      { default: {} },
    ),
    email: Type.Object(
      {
        codeTtlSeconds: Int(60, 3600, 900, 'email code lifetime'),
        from: Type.String({
          default: 'Tessera <no-reply@localhost>',
          description: 'TESSERA_EMAIL_FROM: sender of every email',
        }),
        smtpUrl: Type.Optional(
          Type.String({ pattern: '^smtps?://', description: 'TESSERA_SMTP_URL; the dev outbox when unset' }),
        ),
        // Emailed codes (sign-up, recovery) have their own quotas: mail bombing is not SMS pumping.
        perAddressHour: Int(1, 1000, 5, 'emailed codes to one address per hour'),
        perAddressDay: Int(1, 10000, 10, 'emailed codes to one address per day'),
        perIpHour: Int(1, 10000, 20, 'emailed codes requested from one client IP per hour'),
        perIpDay: Int(1, 100000, 100, 'emailed codes requested from one client IP per day'),
      },
      { default: {} },
    ),
    license: LicenseSettings,
    checkIn: CheckInSettings,
    licensing: LicensingSettings,
    passkeys: Type.Object(
      {
        rpId: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 253,
            pattern: '^[a-z0-9.-]+$',
            description:
              "TESSERA_PASSKEY_RP_ID: WebAuthn relying-party id, a domain (default: the public URL's host; localhost for an IP)",
          }),
        ),
        rpName: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 64,
            description: 'TESSERA_PASSKEY_RP_NAME: the name authenticators show (default: the product name)',
          }),
        ),
        origins: Type.Array(Type.String({ pattern: '^https?://[^/]+$' }), {
          default: [],
          description:
            'TESSERA_PASSKEY_ORIGINS: comma-separated origins passkey ceremonies may come from (default: the public URL, or the listen address with localhost)',
        }),
        challengeTtlSeconds: Int(30, 3600, 300, 'how long a passkey challenge can be answered'),
        maxPerAccount: Int(1, 100, 20, 'passkeys one account may register'),
      },
      { default: {} },
    ),
    webhooks: Type.Object(
      {
        worker: Type.Boolean({
          default: true,
          description:
            'run the webhook delivery worker in this instance (any number of instances may; they share the outbox)',
        }),
        pollIntervalMs: Int(50, 600_000, 1000, 'how often the worker looks for due deliveries'),
        timeoutSeconds: Int(1, 120, 10, 'how long a receiver has to answer one delivery'),
        drainSeconds: Int(
          0,
          120,
          5,
          'on stop, how long deliveries already sent may still be answered; those still out then are sent again later',
        ),
        maxAttempts: Int(1, 100, 10, 'attempts per delivery before it is marked failed'),
        retryBaseSeconds: Int(1, 3600, 5, 'wait before the second attempt; it doubles with each further one'),
        retryMaxSeconds: Int(1, 7 * 86400, 3600, 'longest wait between two attempts'),
        concurrency: Int(1, 64, 4, 'endpoints one worker sends to at the same time'),
        disableAfterFailures: Int(
          0,
          100_000,
          30,
          'consecutive failed attempts after which an endpoint is disabled (0: never)',
        ),
        allowPrivateUrls: Type.Boolean({
          default: false,
          description:
            'allow webhook URLs on loopback and private addresses (refused by default: the worker runs inside your network)',
        }),
        maxEndpoints: Int(1, 1000, 50, 'webhook endpoints at most'),
        retentionDays: Int(1, 3650, 30, 'days settled webhook events and their delivery log are kept'),
      },
      { default: {} },
    ),
    captcha: Type.Union(
      [
        Type.Object({ kind: Type.Literal('image') }),
        Type.Object({
          kind: Type.Literal('pow'),
          maxNumber: Int(100, 100_000_000, 200_000, 'proof of work: clients hash maxNumber / 2 times on average'),
        }),
        Type.Object({
          kind: Type.Literal('image+pow'),
          maxNumber: Int(100, 100_000_000, 200_000, 'proof of work: clients hash maxNumber / 2 times on average'),
        }),
        Type.Object({
          kind: Type.Literal('siteverify'),
          verifyUrl: Type.String({ pattern: '^https?://' }),
          secret: Type.String({ minLength: 1 }),
          siteKey: Type.String({ minLength: 1 }),
        }),
      ],
      {
        default: { kind: 'image' },
        description:
          'the challenge after failed sign-ins: the built-in image (`image`), a proof of work (`pow`), either (`image+pow`), or a Turnstile/hCaptcha-style `siteverify` endpoint (see the README)',
      },
    ),
  },
  { additionalProperties: false },
);

export type Config = Readonly<Static<typeof ConfigSchema>>;
