// What an app gets without a usable subscription: the Free plan's features, no subscription, no end.
import { FREE_PLAN_ID } from './model.js';

export async function freeEntitlement(
  getPlan: (id: string) => Promise<{ name?: string; features: string[] } | undefined>,
) {
  const free = await getPlan(FREE_PLAN_ID);
  return {
    planId: FREE_PLAN_ID,
    planName: free?.name ?? FREE_PLAN_ID,
    features: free?.features ?? [],
    subscriptionId: null,
    endsAt: null,
  };
}
