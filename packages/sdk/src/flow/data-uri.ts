// Decodes the `data:` URIs the server puts in image nodes (the captcha) into bytes and a media type.
import { Buffer } from 'node:buffer';

/** Bytes and media type of a `data:` URI, or undefined when `src` is not one. */
export function decodeDataUri(src: string): { bytes: Uint8Array; mediaType: string } | undefined {
  const match = /^data:([^,]*),(.*)$/s.exec(src);
  if (!match) return undefined;
  const [type = '', ...params] = (match[1] ?? '').split(';');
  const base64 = params.some((p) => p.trim().toLowerCase() === 'base64');
  const data = match[2] ?? '';
  let bytes: Buffer;
  try {
    bytes = base64 ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
  } catch {
    return undefined;
  }
  // RFC 2397: an omitted media type means text/plain.
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    mediaType: type.trim().toLowerCase() || 'text/plain',
  };
}
