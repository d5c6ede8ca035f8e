// The shape check every SMS adapter applies before spending money on a provider call.

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}
