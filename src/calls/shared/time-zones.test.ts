import { describe, expect, it } from "vitest";
import { formatBothZones, formatInZone, instantToLocal, localToInstant } from "./time-zones.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("a call's date-times in both parties' time", () => {
  it("shows a closing set in Québec time in Paris time too, after Europe changed to summer time", () => {
    const closes = localToInstant("2026-03-31T17:00", "America/Toronto");
    expect(closes?.toISOString()).toBe("2026-03-31T21:00:00.000Z");
    expect(plain(formatBothZones("fr", closes as Date))).toBe(
      "31 mars 2026, 17 h 00 (heure du Québec) · 31 mars 2026, 23 h 00 (heure de Paris)",
    );
    expect(plain(formatBothZones("en", closes as Date))).toBe(
      "March 31, 2026, 5:00 p.m. (Québec time) · March 31, 2026, 11:00 p.m. (Paris time)",
    );
  });

  it("follows the weeks when only North America has changed time (five hours apart, not six)", () => {
    const before = localToInstant("2026-03-20T17:00", "America/Toronto") as Date;
    expect(before.toISOString()).toBe("2026-03-20T21:00:00.000Z");
    expect(plain(formatInZone("fr", before, "Europe/Paris"))).toBe("20 mars 2026, 22 h 00");
    const winter = localToInstant("2026-01-15T17:00", "America/Toronto") as Date;
    expect(plain(formatInZone("fr", winter, "Europe/Paris"))).toBe("15 janvier 2026, 23 h 00");
  });

  it("reads a date-time set in Paris time and writes the first of the month as French does", () => {
    const opens = localToInstant("2026-10-01T09:00", "Europe/Paris") as Date;
    expect(opens.toISOString()).toBe("2026-10-01T07:00:00.000Z");
    expect(plain(formatInZone("fr", opens, "America/Toronto"))).toBe("1er octobre 2026, 3 h 00");
    expect(plain(formatInZone("en", opens, "America/Toronto"))).toBe("October 1, 2026, 3:00 a.m.");
  });

  it("refuses an hour skipped by the change to summer time, and text that is no date-time", () => {
    expect(localToInstant("2026-03-08T02:30", "America/Toronto")).toBeNull();
    expect(localToInstant("2026-02-30T10:00", "Europe/Paris")).toBeNull();
    expect(localToInstant("31/03/2026 17:00", "Europe/Paris")).toBeNull();
    expect(localToInstant("2026-03-31T24:00", "Europe/Paris")).toBeNull();
  });

  it("gives back what a datetime-local field shows", () => {
    const instant = new Date("2026-11-01T16:30:00Z");
    expect(instantToLocal(instant, "America/Toronto")).toBe("2026-11-01T11:30");
    expect(localToInstant(instantToLocal(instant, "Europe/Paris"), "Europe/Paris")).toEqual(
      instant,
    );
  });
});
