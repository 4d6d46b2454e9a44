import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** A random secret for cookies and tokens: 32 bytes, base64url. */
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString("base64url");

/** Secrets are stored only as their SHA-256: they are long and random, so no salt is needed. */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** The form token of a session: only the holder of the session secret can compute it. */
export const sessionFormToken = (sessionSecret: string) =>
  createHmac("sha256", sessionSecret).update("alliage form token v1").digest("base64url");

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): the library's defaults.
const ARGON2ID = 2;
export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// No 0/O or 1/l/I: the one-time password is read off a terminal and typed in by hand.
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password of 20 characters (about 115 bits). */
export function generatePassword(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i] as number;
    // Rejection sampling keeps every character equally likely.
    if (b < 256 - (256 % ALPHABET.length)) out += ALPHABET[b % ALPHABET.length];
  }
  return out.length === length ? out : generatePassword(length);
}

export const MIN_PASSWORD_LENGTH = 12;
