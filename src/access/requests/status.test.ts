import { describe, expect, it } from "vitest";
import { canMove, nextStatuses, OPEN_STATUSES, STATUSES } from "./status.ts";

describe("request statuses", () => {
  it("lets a request go from receipt to a decision and then to review or closure", () => {
    expect(canMove("received", "acknowledged", false)).toBe(true);
    expect(canMove("acknowledged", "in_progress", false)).toBe(true);
    expect(canMove("in_progress", "decided", false)).toBe(true);
    expect(canMove("decided", "under_review", false)).toBe(true);
    expect(canMove("under_review", "closed", false)).toBe(true);
  });

  it("allows only one extension (art. 47)", () => {
    expect(canMove("in_progress", "extended", false)).toBe(true);
    expect(canMove("awaiting_third_party", "extended", true)).toBe(false);
    expect(nextStatuses("extended", true)).not.toContain("extended");
  });

  it("never reopens a closed or withdrawn request, nor undoes a decision", () => {
    expect(nextStatuses("closed", false)).toEqual([]);
    expect(nextStatuses("withdrawn", false)).toEqual([]);
    expect(canMove("decided", "in_progress", false)).toBe(false);
  });

  it("lets every open request be withdrawn and none move to 'received'", () => {
    for (const s of OPEN_STATUSES) expect(canMove(s, "withdrawn", false)).toBe(true);
    for (const s of STATUSES) expect(canMove(s, "received", false)).toBe(false);
  });
});
