// The stores licensing is built on, one per aggregate; the composition root hands them over together.
import type { ActivationCodeStore } from './activation-code-store.js';
import type { FamilyStore } from './family-store.js';
import type { PlanStore } from './plan-store.js';
import type { SeatStore } from './seat-store.js';
import type { SubscriptionStore } from './subscription-store.js';

export interface LicensingStores {
  plans: PlanStore;
  activationCodes: ActivationCodeStore;
  subscriptions: SubscriptionStore;
  seats: SeatStore;
  family: FamilyStore;
}
