// The wording every locale provides; one implementation per language keeps translations side by side.

import type { EmailContent } from './layout.js';

export interface CodeVars {
  product: string;
  code: string;
  minutes: number;
}

export interface SignupExistingVars {
  product: string;
  signInUrl?: string;
  resetUrl?: string;
}

/** Support started a recovery: the person resets their password on the portal (the email carries no secret). */
export interface OperatorRecoveryVars {
  product: string;
  resetUrl?: string;
}

export interface AccessNoticeVars {
  product: string;
  event: 'sign_in' | 'new_device';
  /** Already formatted for the locale. */
  when: string;
  device?: string;
  app?: string;
  ip?: string;
  location?: string;
  manageUrl?: string;
}

export interface FamilyInvitationVars {
  product: string;
  inviter: string;
  plan: string;
  days: number;
  token: string;
  acceptUrl?: string;
}

export interface Catalog {
  /** BCP 47 tag for dates and the HTML lang attribute. */
  tag: string;
  secondFactorSms(v: CodeVars): string;
  phoneVerificationSms(v: CodeVars): string;
  emailVerification(v: CodeVars): EmailContent;
  recovery(v: CodeVars): EmailContent;
  signupExisting(v: SignupExistingVars): EmailContent;
  operatorRecovery(v: OperatorRecoveryVars): EmailContent;
  accessNotice(v: AccessNoticeVars): EmailContent;
  familyInvitation(v: FamilyInvitationVars): EmailContent;
}
