import { describe, expect, it } from "vitest";
import { diffFields } from "./changes.ts";

describe("diffFields", () => {
  it("lists only the fields that changed, with before and after", () => {
    expect(diffFields({ a: 1, b: "x", c: [1] }, { a: 1, b: "y", c: [1, 2] })).toEqual({
      b: { from: "x", to: "y" },
      c: { from: [1], to: [1, 2] },
    });
  });
  it("treats a creation as changes from null and a deletion as changes to null", () => {
    expect(diffFields(null, { role: "admin" })).toEqual({ role: { from: null, to: "admin" } });
    expect(diffFields({ role: "admin" }, null)).toEqual({ role: { from: "admin", to: null } });
  });
  it("never records the values of secret fields", () => {
    expect(diffFields({ hash: "a" }, { hash: "b" }, ["hash"])).toEqual({
      hash: { from: "•••", to: "•••" },
    });
  });
  it("compares dates by instant", () => {
    expect(diffFields({ d: new Date(0) }, { d: new Date(0) })).toEqual({});
  });
});
