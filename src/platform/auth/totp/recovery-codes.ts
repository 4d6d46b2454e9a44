import { randomInt } from "node:crypto";
import { sha256 } from "../session/secrets.ts";

export const RECOVERY_CODE_COUNT = 10;

// Crockford's base32 without the letters people misread (I, L, O, U): 10 characters = 50 bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Ten single-use codes for the day the phone is lost, shown once, kept as hashes. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What a person types, in any case, with or without the hyphen or spaces, maps to one hash. */
export function recoveryCodeHash(typed: string): string {
  return sha256(typed.toUpperCase().replace(/[\s-]/g, ""));
}

/** Whether what was typed looks like a recovery code rather than a six-digit TOTP code. */
export const looksLikeRecoveryCode = (typed: string): boolean =>
  /^[0-9A-Z]{5}-?[0-9A-Z]{5}$/i.test(typed.trim());
