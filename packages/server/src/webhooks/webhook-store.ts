// The webhook store port: endpoints, the event outbox and the deliveries the worker works through (SQL in storage).
export interface WebhookEndpointRecord {
  id: string;
  url: string;
  eventTypes: string[];
  /** The `whsec_…` secret sealed with the server key: it must be read back to sign. */
  secretSealed: string;
  description: string | null;
  createdAt: number;
  disabledAt: number | null;
  disabledReason: string | null;
  consecutiveFailures: number;
}

export interface WebhookEventRecord {
  id: string;
  type: string;
  accountId: string | null;
  /** The exact JSON body every delivery of it sends. */
  payload: string;
  /** An event with a key is recorded once: a second with the same key is dropped. */
  onceKey: string | null;
  createdAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryRecord {
  id: string;
  seq: number;
  eventId: string;
  eventType: string;
  endpointId: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastAttemptAt: number | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: number | null;
  createdAt: number;
}

/** The head of an endpoint's queue, with what sending it needs. */
export interface DeliveryWork extends DeliveryRecord {
  payload: string;
  url: string;
  secretSealed: string;
}

export interface WebhookStore {
  insertEndpoint(record: WebhookEndpointRecord): Promise<void>;
  findEndpoint(id: string): Promise<WebhookEndpointRecord | undefined>;
  listEndpoints(): Promise<WebhookEndpointRecord[]>;
  deleteEndpoint(id: string): Promise<boolean>;
  /** Enabling also clears the run of failures. */
  setEndpointEnabled(id: string, enabled: boolean, at: number, reason: string | null): Promise<boolean>;

  /**
   * Appends the event and one pending delivery for every enabled endpoint that wants its type, in one transaction
   * (the caller's, when there is one). False when an event with the same once-key exists (nothing is written).
   */
  appendEvent(event: WebhookEventRecord, newDeliveryId: () => string): Promise<boolean>;
  listEvents(query: { limit: number; type?: string; accountId?: string }): Promise<WebhookEventRecord[]>;

  listDeliveries(endpointId: string, query: { limit: number; status?: DeliveryStatus }): Promise<DeliveryRecord[]>;
  findDelivery(id: string): Promise<DeliveryRecord | undefined>;
  /** The body the delivery sends (its event's payload), for an operator reading the log. */
  deliveryPayload(id: string): Promise<string | undefined>;
  /** A new pending delivery of the same event to the same endpoint, at the end of its queue. */
  insertDelivery(input: { id: string; eventId: string; endpointId: string; at: number }): Promise<void>;

  // The worker's side.
  /** Enabled endpoints nobody holds whose first pending delivery is due. */
  dueEndpoints(now: number, limit: number): Promise<string[]>;
  /** Takes the endpoint's lease if it is free (or lapsed); one holder at a time, across instances. */
  claimEndpoint(id: string, owner: string, now: number, until: number): Promise<boolean>;
  renewLease(id: string, owner: string, until: number): Promise<void>;
  releaseEndpoint(id: string, owner: string): Promise<void>;
  /** The endpoint's pending delivery with the lowest sequence, if the endpoint is enabled. */
  headDelivery(endpointId: string): Promise<DeliveryWork | undefined>;
  recordSuccess(deliveryId: string, endpointId: string, result: { at: number; statusCode: number }): Promise<void>;
  /**
   * Records a failed attempt (`nextAttemptAt` null: no more tries, the delivery failed) and returns the endpoint's
   * run of consecutive failures, this one included.
   */
  recordFailure(
    deliveryId: string,
    endpointId: string,
    result: { at: number; statusCode: number | null; error: string; nextAttemptAt: number | null },
  ): Promise<number>;
  /** Deletes events older than `before` whose deliveries are all settled; returns how many. */
  purgeEvents(before: number, limit: number): Promise<number>;
}
