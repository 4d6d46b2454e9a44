import { describe, expect, it } from "vitest";
import { filterQuery, isIsoDate, parseAuditQuery } from "./audit-filter.ts";
import { actionPrefix } from "./queries.ts";

describe("parseAuditQuery", () => {
  it("keeps the filled fields, trimmed, and starts at page 1", () => {
    expect(parseAuditQuery({ actor: "  dupont ", action: "", page: undefined })).toEqual({
      ok: true,
      filter: { actor: "dupont" },
      page: 1,
    });
  });

  it("answers bad dates, reversed ranges and bad pages with field messages in both languages", () => {
    const bad = parseAuditQuery({ from: "2024-02-30", to: "hier", page: "0" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.from?.fr).toBe("Date invalide\u202f; format AAAA-MM-JJ.");
    expect(bad.errors.to?.en).toBe("Invalid date; format YYYY-MM-DD.");
    expect(bad.errors.page?.en).toBe("Invalid page number.");
    const reversed = parseAuditQuery({ from: "2024-05-02", to: "2024-05-01" });
    expect(reversed.ok ? {} : reversed.errors).toHaveProperty("to");
    const long = parseAuditQuery({ actor: "x".repeat(201) });
    expect(long.ok ? undefined : long.errors.actor?.fr).toBe("Au plus 200 caractères.");
  });

  it("accepts one-day ranges", () => {
    expect(parseAuditQuery({ from: "2024-05-01", to: "2024-05-01", page: "3" }).ok).toBe(true);
  });
});

describe("isIsoDate", () => {
  it("accepts only real calendar days written YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-5-1")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("2024-05-01T00:00")).toBe(false);
  });
});

describe("filterQuery", () => {
  it("reproduces the filter and page, encoded, for links", () => {
    expect(filterQuery({ actor: "a&b", action: "user.*" }, 2)).toBe(
      "?actor=a%26b&action=user.*&page=2",
    );
    expect(filterQuery({}, 1)).toBe("");
  });
});

describe("actionPrefix", () => {
  it("reads a trailing * or dot as a prefix and anything else as an exact action", () => {
    expect(actionPrefix("user.*")).toBe("user.");
    expect(actionPrefix("user.")).toBe("user.");
    expect(actionPrefix("user.create")).toBeUndefined();
  });
});
