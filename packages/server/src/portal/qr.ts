// The authenticator set-up QR code, drawn on the server as an SVG data URI (no script, nothing fetched elsewhere).

/**
 * The QR library, loaded at the first code drawn: it brings a PNG encoder with it (~60 modules, ~80 ms of CPU at
 * start) that only the authenticator set-up page needs, and every server start and admin command would pay it.
 */
let library: Promise<typeof import('qrcode')> | undefined;

export async function qrDataUri(text: string): Promise<string> {
  const QRCode = await (library ??= import('qrcode'));
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
