// A licensing port with only the Free plan: used until subscriptions are wired in.
const FREE = { id: 'free', name: 'Free', features: ['basic'] };

export const freeOnlyLicensing = {
  usableSubscriptions: async () => [],
  claimSeat: async () => ({ ok: false as const, code: 'SUBSCRIPTION_NOT_USABLE' as const }),
  getPlan: async (id: string) => (id === 'free' ? FREE : undefined),
  getSubscription: async () => undefined,
  releaseSeat: async () => undefined,
};
