import { describe, expect, it } from "vitest";
import { totpCodeAt } from "../../testing/totp-code-at.ts";
import { looksLikeRecoveryCode, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes.ts";
import { acceptedStep, enrolmentUri, groupedSecret, newTotpSecret, stepAt } from "./totp-code.ts";

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in base32; its 8-digit values at
// T = 59 s and T = 1111111109 s are 94287082 and 07081804, so their 6-digit codes are the last six.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes (RFC 6238)", () => {
  it("accepts the RFC's published codes at their times", () => {
    expect(acceptedStep(RFC_SECRET, "287082", new Date(59_000), 0)).toBe(1);
    expect(acceptedStep(RFC_SECRET, "081804", new Date(1_111_111_109_000), 0)).toBe(37_037_036);
    expect(acceptedStep(RFC_SECRET, "081805", new Date(1_111_111_109_000), 0)).toBeUndefined();
  });

  it("never accepts a step already used, nor an older one", () => {
    const secret = newTotpSecret();
    const now = new Date("2026-12-06T12:00:10Z");
    const code = totpCodeAt(secret, now);
    const step = acceptedStep(secret, code, now, 0);
    expect(step).toBe(stepAt(now));
    expect(acceptedStep(secret, code, now, step as number)).toBeUndefined();
  });

  it("allows one step of clock drift either side, not two", () => {
    const secret = newTotpSecret();
    const now = new Date("2026-12-06T12:00:10Z");
    const at = (seconds: number) => totpCodeAt(secret, new Date(now.getTime() + seconds * 1000));
    expect(acceptedStep(secret, at(-30), now, 0)).toBe(stepAt(now) - 1);
    expect(acceptedStep(secret, at(30), now, 0)).toBe(stepAt(now) + 1);
    expect(acceptedStep(secret, at(-60), now, 0)).toBeUndefined();
    expect(acceptedStep(secret, at(60), now, 0)).toBeUndefined();
  });

  it("takes a code typed with spaces, refuses anything but six digits", () => {
    const secret = newTotpSecret();
    const now = new Date();
    const code = totpCodeAt(secret, now);
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0)).toBe(stepAt(now));
    for (const bad of ["", "12345", "1234567", "abcdef", "12345\u0000"])
      expect(acceptedStep(secret, bad, now, 0)).toBeUndefined();
  });

  it("makes 160-bit secrets and an otpauth address apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrolmentUri(secret, "ana@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Alliage");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(groupedSecret("ABCDEFGH12")).toBe("ABCD EFGH 12");
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes that hash the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    const [code] = codes as [string];
    const hash = recoveryCodeHash(code);
    expect(recoveryCodeHash(code.toLowerCase().replace("-", " "))).toBe(hash);
    expect(recoveryCodeHash(code.replace("-", ""))).toBe(hash);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
