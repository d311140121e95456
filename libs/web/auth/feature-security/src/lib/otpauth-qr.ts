import { toString as qrSvg } from 'qrcode';

/**
 * The `otpauth://` URI as a QR code, in an SVG data URL for an `<img>`: drawn in the page, so the
 * secret never goes to a QR service.
 */
export async function otpauthQrCode(uri: string): Promise<string> {
  const svg = await qrSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The Base32 secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
