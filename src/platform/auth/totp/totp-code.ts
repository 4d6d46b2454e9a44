import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
const PERIOD = 30;
const DIGITS = 6;
/** One step either side: a phone's clock a little off, or a code typed as it changed. */
const WINDOW = 1;

export const ISSUER = "Alliage";

/** A new 160-bit secret (RFC 4226's recommended length), in base32 as apps expect it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totp = (secret: string, label = "") =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** The time step a moment falls in. */
export const stepAt = (now: Date): number => Math.floor(now.getTime() / 1000 / PERIOD);

/**
 * The time step a code belongs to, if it is valid now and newer than the last step accepted
 * for the account: a code once used, or an older one, is refused (RFC 6238 §5.2).
 */
export function acceptedStep(
  secret: string,
  code: string,
  now: Date,
  lastStep: number,
): number | undefined {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return undefined;
  const step = stepAt(now) + delta;
  return step > lastStep ? step : undefined;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export const enrolmentUri = (secret: string, email: string): string =>
  totp(secret, email).toString();

/** The QR code of that address as inline SVG: no image request, nothing for the CSP to allow. */
export const enrolmentQrSvg = (uri: string): Promise<string> =>
  QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });

/** The secret in groups of four, for people who type it into their app instead of scanning. */
export const groupedSecret = (secret: string): string => secret.replace(/(.{4})(?=.)/g, "$1 ");
