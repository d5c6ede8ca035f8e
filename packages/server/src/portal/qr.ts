// The authenticator set-up QR code, drawn on the server as an SVG data URI (no script, nothing fetched elsewhere).
import QRCode from 'qrcode';

export async function qrDataUri(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
