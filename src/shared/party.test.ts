import { describe, expect, it } from "vitest";
import { isParty, PARTIES, partySchema, VIEW_CODES, VIEWS, viewCodeOf } from "./party.ts";

describe("parties and views", () => {
  it("accepts the two parties only", () => {
    expect(PARTIES.every(isParty)).toBe(true);
    expect(isParty("eu")).toBe(false);
    expect(partySchema.safeParse("global").success).toBe(false);
  });
  it("maps every view to its code and back", () => {
    for (const view of VIEWS) expect(VIEW_CODES[viewCodeOf(view)]).toBe(view);
  });
});
