// The masked email shown to confirm an account ("a•••@example.com"): the server's confirm_account and the SDK's account hint.

/** `alice@example.com` → `a•••@example.com`: enough to recognise one's own account, fixed width to hide the length. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  const first = String.fromCodePoint(email.codePointAt(0)!);
  return `${first}•••${email.slice(at)}`;
}
