import { Secret, TOTP } from "otpauth";

/**
 * What a person's authenticator app shows at a moment, computed by the library itself rather
 * than by our verifier, so that tests check ours against an independent implementation.
 */
export const totpCodeAt = (base32Secret: string, at: Date): string =>
  TOTP.generate({ secret: Secret.fromBase32(base32Secret), timestamp: at.getTime() });
