// Part of the composition root: the email support's "start recovery" sends, through the same messaging and send
// quotas as the flows' emails.
import type { RecoveryMail } from '../identity/index.js';
import type { DeferredEmail, Templates } from '../messaging/index.js';
import type { SendQuota } from '../risk/index.js';

export function operatorRecoveryMail(deps: {
  templates: Templates;
  emailLater: DeferredEmail;
  quota: SendQuota;
  /** The portal's public URL (never a request's Host header); read when sending, since the port may be bound late. */
  portalUrl: () => string;
}): RecoveryMail {
  return async (to, _ip) => {
    // Bounded per address like every email (support cannot flood a person's inbox); the per-source cap is for
    // anonymous callers, so the source counted here is the address itself, not the operator's shared egress.
    const decision = await deps.quota.take({
      channel: 'email',
      destination: to.email,
      accountId: null,
      ip: `operator:${to.email}`,
    });
    if (!decision.allowed) return false;
    const message = deps.templates.operatorRecoveryEmail({
      to: to.email,
      locale: to.locale === 'vi' ? 'vi' : 'en',
      resetUrl: `${deps.portalUrl()}/recovery`,
    });
    deps.emailLater.sendLater(message);
    return true;
  };
}
