// English wording of every message; SMS texts stay within one GSM-7 segment.

import type { Catalog } from './catalog.js';
import { facts, links } from './layout.js';

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

export const en: Catalog = {
  tag: 'en',
  secondFactorSms: (v) =>
    `${v.code} is your ${v.product} verification code. It expires in ${minutes(v.minutes)}. Don't share it.`,
  phoneVerificationSms: (v) =>
    `${v.code} is your ${v.product} code to confirm this phone number. It expires in ${minutes(v.minutes)}. Don't share it.`,
  emailVerification: (v) => ({
    subject: `Confirm your email address for ${v.product}`,
    blocks: [
      { kind: 'p', text: `Use this code to confirm your email address and finish creating your ${v.product} account:` },
      { kind: 'code', code: v.code },
      { kind: 'p', text: `The code expires in ${minutes(v.minutes)}. Don't share it with anyone.` },
      {
        kind: 'p',
        text: `If you didn't try to create a ${v.product} account, you can ignore this email. No account is created without this code.`,
      },
    ],
  }),
  recovery: (v) => ({
    subject: `Your ${v.product} account recovery code`,
    blocks: [
      {
        kind: 'p',
        text: `Someone asked to reset the password of the ${v.product} account for this email address. Use this code to continue:`,
      },
      { kind: 'code', code: v.code },
      {
        kind: 'p',
        text: `The code expires in ${minutes(v.minutes)}. Don't share it with anyone: ${v.product} staff will never ask for it.`,
      },
      { kind: 'p', text: `If you didn't ask for this, you can ignore this email. Your password has not been changed.` },
    ],
  }),
  signupExisting: (v) => ({
    subject: `Someone tried to sign up for ${v.product} with your email address`,
    blocks: [
      {
        kind: 'p',
        text: `Someone tried to create a ${v.product} account with this email address, but an account already uses it.`,
      },
      { kind: 'p', text: `If it was you, sign in instead. If you forgot your password, you can reset it.` },
      ...links([
        ['Sign in', v.signInUrl],
        ['Reset your password', v.resetUrl],
      ]),
      {
        kind: 'p',
        text: `If it wasn't you, you can ignore this email. Nobody can use your account without your password.`,
      },
    ],
  }),
  operatorRecovery: (v) => ({
    subject: `Reset the password of your ${v.product} account`,
    blocks: [
      {
        kind: 'p',
        text: `${v.product} support started an account recovery for this email address, as you asked them to. Reset your password on the ${v.product} account page: you will get a code at this address, and the second factor is asked as usual.`,
      },
      ...links([['Reset your password', v.resetUrl]]),
      {
        kind: 'p',
        text: `If you didn't contact support, you can ignore this email: nothing changes without the code. ${v.product} staff will never ask you for a code or your password.`,
      },
    ],
  }),
  accessNotice: (v) => ({
    subject:
      v.event === 'new_device'
        ? `A new device was connected to your ${v.product} account`
        : `New sign-in to your ${v.product} account`,
    blocks: [
      {
        kind: 'p',
        text:
          v.event === 'new_device'
            ? `A new device was connected to your ${v.product} account:`
            : `Your ${v.product} account was just signed in to:`,
      },
      facts([
        ['Time', v.when],
        ['Device', v.device],
        ['App', v.app],
        ['IP address', v.ip],
        ['Location', v.location],
      ]),
      { kind: 'p', text: `If this was you, there is nothing to do.` },
      { kind: 'p', text: `If it wasn't you, change your password now and disconnect the device from your account.` },
      ...links([['Manage your devices', v.manageUrl]]),
    ],
  }),
  familyInvitation: (v) => ({
    subject: `${v.inviter} invited you to share their ${v.product} subscription`,
    blocks: [
      {
        kind: 'p',
        text: `${v.inviter} invited you to share their ${v.product} ${v.plan} subscription. Sign in to ${v.product} (or create an account), then accept the invitation.`,
      },
      ...links([['Accept the invitation', v.acceptUrl]]),
      { kind: 'p', text: `If an app asks for the invitation code, use this one:` },
      { kind: 'code', code: v.token },
      {
        kind: 'p',
        text: `The invitation can be used once and expires in ${v.days === 1 ? '1 day' : `${v.days} days`}. If you don't know ${v.inviter}, you can ignore this email.`,
      },
    ],
  }),
};
