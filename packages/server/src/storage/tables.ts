// Kysely table types: the SQL shape of every store (times are epoch milliseconds, JSON is text).
import type { Generated } from 'kysely';

export interface Database {
  accounts: {
    id: string;
    email: string;
    email_normalized: string;
    password_hash: string;
    country: string;
    locale: string;
    phone_e164: string | null;
    phone_verified_at: number | null;
    totp_secret_sealed: string | null;
    totp_last_step: number | null;
    email_verified_at: number | null;
    password_changed_at: number;
    created_at: number;
    /** Migration 012: set while an operator has the account disabled. */
    disabled_at: number | null;
    /** Migration 017: 1 once the account has owned or joined a subscription (sql-subscriber-flag.ts). */
    ever_subscribed: Generated<number>;
  };
  flows: {
    id: string;
    kind: string;
    step: string;
    state: string;
    version: number;
    created_at: number;
    expires_at: number;
    completed_at: number | null;
    // Migration 005: the finished result, sealed, kept briefly so a client whose answer was lost can fetch it again.
    result_sealed: string | null;
    result_expires_at: number | null;
  };
  sessions: {
    id: string;
    token_hash: string;
    account_id: string;
    created_at: number;
    last_seen_at: number;
    expires_at: number;
    ip: string | null;
    user_agent: string | null;
    revoked_at: number | null;
  };
  pending_factors: {
    account_id: string;
    kind: string;
    value_sealed: string;
    code_hash: string | null;
    attempts: number;
    sent_at: number;
    expires_at: number;
  };
  risk_events: { key: string; at: number; keep_until: number; id: string | null };
  risk_keys: { key: string; keep_until: number };
  risk_blocks: { key: string; until: number };
  captcha_uses: { id: string; keep_until: number };
  outbox: {
    id: string;
    channel: string;
    recipient: string;
    subject: string | null;
    body: string;
    purpose: string;
    created_at: number;
  };
  audit_events: {
    id: string;
    account_id: string | null;
    type: string;
    ip: string | null;
    user_agent: string | null;
    details: string;
    created_at: number;
  };
  devices: {
    id: string;
    account_id: string;
    name: string;
    platform: string;
    created_at: number;
    last_seen_at: number;
    disconnected_at: number | null;
  };
  app_connections: {
    id: string;
    device_id: string;
    account_id: string;
    app_id: string;
    plan_id: string;
    subscription_id: string | null;
    credential_hash: string;
    created_at: number;
    last_check_in_at: number;
    revoked_at: number | null;
    previous_credential_hash: string | null;
    rotated_at: number | null;
    /** Migration 008: null while the previous credential may still be replayed once, then 'spent'; 'closed' when never. */
    previous_grace: 'spent' | 'closed' | null;
    /** Migration 011: the token last issued to the connection, its times, and the entitlement it states. */
    license_token: string | null;
    license_issued_at: number | null;
    license_expires_at: number | null;
    license_key: string | null;
  };
  signing_keys: {
    kid: string;
    public_jwk: string;
    private_sealed: string;
    created_at: number;
    retired_at: number | null;
  };
  data_statements: {
    region: string;
    locale: string;
    version: number;
    title: string;
    body: string;
    published_at: number;
  };
  statement_acceptances: {
    id: string;
    account_id: string;
    region: string;
    version: number;
    locale: string;
    device_id: string | null;
    app_id: string | null;
    ip: string | null;
    accepted_at: number;
  };
  // Licensing (migration 002): features is a JSON array; a subscription's seats_used/members_used are kept in
  // step with its seats and members rows inside the same transactions.
  plans: {
    id: string;
    name: string;
    device_limit: number;
    member_limit: number;
    features: string;
    term_days: number;
    created_at: number;
  };
  activation_batches: {
    id: string;
    plan_id: string;
    term_days: number;
    count: number;
    note: string | null;
    created_at: number;
    revoked_at: number | null;
  };
  activation_codes: {
    code_hash: string;
    batch_id: string;
    redeemed_at: number | null;
    redeemed_by: string | null;
    subscription_id: string | null;
    revoked_at: number | null;
  };
  subscriptions: {
    id: string;
    owner_account_id: string;
    plan_id: string;
    starts_at: number;
    ends_at: number | null;
    source: string;
    source_ref: string | null;
    seats_used: number;
    members_used: number;
    revoked_at: number | null;
    created_at: number;
  };
  subscription_owners: { account_id: string; last_redeemed_at: number };
  subscription_members: { subscription_id: string; account_id: string; joined_at: number };
  subscription_invitations: {
    id: string;
    subscription_id: string;
    email: string;
    token_hash: string;
    invited_by: string;
    created_at: number;
    expires_at: number;
    accepted_at: number | null;
    accepted_by: string | null;
  };
  seats: { subscription_id: string; device_id: string; account_id: string; claimed_at: number };
  // Migration 004: pending account deletions (the row goes when the account is purged or the request cancelled).
  account_deletions: { account_id: string; requested_at: number; purge_at: number };
  // Migration 010: operator API tokens (keyed hashes), webhook endpoints (secrets sealed), the event outbox and deliveries.
  operator_tokens: {
    id: string;
    name: string;
    token_hash: string;
    /** JSON array of scopes. */
    scopes: string;
    created_at: number;
    last_used_at: number | null;
    revoked_at: number | null;
  };
  webhook_endpoints: {
    id: string;
    url: string;
    /** JSON array of event types. */
    event_types: string;
    secret_sealed: string;
    description: string | null;
    created_at: number;
    disabled_at: number | null;
    disabled_reason: string | null;
    consecutive_failures: Generated<number>;
    lease_owner: string | null;
    lease_until: number | null;
  };
  webhook_events: {
    id: string;
    type: string;
    account_id: string | null;
    payload: string;
    once_key: string | null;
    created_at: number;
  };
  webhook_deliveries: {
    seq: Generated<number>;
    id: string;
    event_id: string;
    endpoint_id: string;
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    next_attempt_at: number;
    last_attempt_at: number | null;
    last_status_code: number | null;
    last_error: string | null;
    delivered_at: number | null;
    created_at: number;
  };
  passkeys: {
    id: string;
    account_id: string;
    credential_id: string;
    public_key: string;
    sign_count: number;
    /** JSON array of transport hints. */
    transports: string;
    backed_up: number;
    name: string;
    created_at: number;
    last_used_at: number | null;
  };
  passkey_challenges: {
    id: string;
    challenge: string;
    purpose: string;
    bound_to: string;
    account_id: string | null;
    expires_at: number;
  };
  // Migration 013: RFC 8628 device authorization requests.
  device_grants: {
    id: string;
    device_code_hash: string;
    user_code_hash: string;
    app_id: string;
    device_name: string;
    platform: string;
    locale: string;
    ip: string;
    country: string | null;
    status: string;
    account_id: string | null;
    result_sealed: string | null;
    interval_seconds: number;
    last_polled_at: number | null;
    created_at: number;
    expires_at: number;
  };
  // Migration 015: console operators and console sessions.
  console_operators: {
    account_id: string;
    role: string;
    granted_at: number;
  };
  console_sessions: {
    id: string;
    token_hash: string;
    account_id: string;
    created_at: number;
    last_seen_at: number;
    confirmed_at: number;
    revoked_at: number | null;
    ip: string | null;
    user_agent: string | null;
  };
  // Migration 016: SMS per UTC day, country and outcome; console mints with their sealed one-time CSV.
  sms_tallies: { day: string; country: string; outcome: string; count: number };
  /** Check-ins per minute (epoch milliseconds / 60,000), added to by every instance's last-seen flush. */
  check_in_tallies: { minute: number; count: number };
  code_mint_jobs: {
    id: string;
    operator_id: string;
    plan_id: string;
    count: number;
    minted: number;
    status: 'running' | 'done' | 'failed';
    batch_id: string | null;
    problem: string | null;
    csv_sealed: string | null;
    created_at: number;
    updated_at: number;
    download_until: number | null;
    downloaded_at: number | null;
  };
}
