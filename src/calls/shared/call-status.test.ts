import { describe, expect, it } from "vitest";
import { callStatus } from "./call-status.ts";

const call = {
  status: "published" as const,
  opensAt: new Date("2026-03-01T14:00:00Z"),
  closesAt: new Date("2026-03-31T21:00:00Z"),
};

describe("callStatus", () => {
  it("is upcoming before the opening, open from it, closed from the closing instant", () => {
    expect(callStatus(call, new Date("2026-03-01T13:59:59Z"))).toBe("upcoming");
    expect(callStatus(call, new Date("2026-03-01T14:00:00Z"))).toBe("open");
    expect(callStatus(call, new Date("2026-03-31T20:59:59Z"))).toBe("open");
    expect(callStatus(call, new Date("2026-03-31T21:00:00Z"))).toBe("closed");
  });

  it("keeps a draft a draft whatever the clock says", () => {
    expect(callStatus({ ...call, status: "draft" }, new Date("2026-03-15T00:00:00Z"))).toBe(
      "draft",
    );
  });
});
