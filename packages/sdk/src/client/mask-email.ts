// The account hint kept in the device state: "a•••@example.com", as the server shows it in confirm_account.
/** First character, •••, then the domain: enough to recognise one's account, not to learn it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${String.fromCodePoint(email.codePointAt(0)!)}•••${email.slice(at)}`;
}
