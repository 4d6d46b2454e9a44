import { describe, expect, it } from "vitest";
import { canonicalJson } from "./snapshot.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order, so equal content gives equal bytes", () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: "é" }], c: null } });
    const b = canonicalJson({ a: { c: null, d: [3, { y: "é", z: 1 }] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":{"c":null,"d":[3,{"y":"é","z":1}]},"b":1}');
  });
});
