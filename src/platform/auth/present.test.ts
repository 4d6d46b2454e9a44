import { describe, expect, it } from "vitest";
import { presentApiToken } from "./present.ts";

describe("API token presenter", () => {
  const row = {
    id: "6f1c1a57-0000-4000-8000-000000000001",
    name: "script",
    prefix: "alliage_ab12",
    created_at: new Date("2026-12-01T10:00:00Z"),
    last_used_at: null,
    expires_at: new Date("2027-01-01T00:00:00Z"),
    revoked_at: null,
  };

  it("maps every field and says whether the token was revoked", () => {
    expect(presentApiToken(row)).toEqual({
      id: row.id,
      name: "script",
      prefix: "alliage_ab12",
      createdAt: row.created_at,
      lastUsedAt: null,
      expiresAt: row.expires_at,
      revoked: false,
    });
    expect(presentApiToken({ ...row, revoked_at: new Date() }).revoked).toBe(true);
  });
});
