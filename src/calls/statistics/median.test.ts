import { describe, expect, it } from "vitest";
import { elapsedDays, median } from "./median.ts";

describe("median", () => {
  it("is null without values", () => {
    expect(median([])).toBeNull();
  });

  it("takes the middle value of an odd count, whatever the order", () => {
    // Sorted: 12, 30, 41, 95, 150 → the third.
    expect(median([150, 12, 41, 95, 30])).toBe(41);
  });

  it("averages the two middle values of an even count", () => {
    // Sorted: 20, 35, 60, 90 → (35 + 60) / 2 = 47.5.
    expect(median([90, 20, 60, 35])).toBe(47.5);
    expect(median([7])).toBe(7);
  });
});

describe("elapsedDays", () => {
  it("counts whole days only", () => {
    const closes = new Date("2026-03-01T22:00:00Z");
    expect(elapsedDays(closes, new Date("2026-04-15T21:59:59Z"))).toBe(44);
    expect(elapsedDays(closes, new Date("2026-04-15T22:00:00Z"))).toBe(45);
  });
});
