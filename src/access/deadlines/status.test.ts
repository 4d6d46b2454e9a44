import { describe, expect, it } from "vitest";
import { businessStatus } from "./status.ts";

describe("businessStatus", () => {
  const seed = { due: "2023-12-20", extendedDue: null };

  it("is on time more than 5 days before the deadline, due soon from 5 days before through the day itself, overdue after", () => {
    expect(businessStatus("2023-12-14", seed)).toBe("on_time"); // 6 days left
    expect(businessStatus("2023-12-15", seed)).toBe("due_soon"); // 5 days left
    expect(businessStatus("2023-12-20", seed)).toBe("due_soon"); // last day
    expect(businessStatus("2023-12-21", seed)).toBe("overdue");
  });

  it("uses the extended deadline when there is one, and a configurable warning window", () => {
    const extended = { due: "2023-12-20", extendedDue: "2023-12-30" };
    expect(businessStatus("2023-12-21", extended)).toBe("on_time"); // 9 days left
    expect(businessStatus("2023-12-21", extended, { dueSoonDays: 10 })).toBe("due_soon");
  });
});
