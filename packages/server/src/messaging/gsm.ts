// GSM 03.38 length of an SMS text, so templates can be held to one 160-character segment.

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// Each of these costs an escape septet plus itself.
const EXTENDED = '\f^{}\\[~]|€';

/** Septets `text` takes in the GSM 7-bit alphabet, or null when it needs UCS-2 (70 characters a segment). */
export function gsm7Length(text: string): number | null {
  let length = 0;
  for (const ch of text) {
    if (BASIC.includes(ch)) length += 1;
    else if (EXTENDED.includes(ch)) length += 2;
    else return null;
  }
  return length;
}
