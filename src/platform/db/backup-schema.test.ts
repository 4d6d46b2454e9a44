import { describe, expect, it } from "vitest";
import { dependencyOrder } from "./backup-schema.ts";
import { quoteIdent, quoteLiteral } from "./sql.ts";

describe("dependencyOrder", () => {
  it("puts parents before the tables that reference them, ties in name order", () => {
    const edges = [
      { child: "sessions", parent: "users" },
      { child: "api_tokens", parent: "users" },
      { child: "users", parent: "organisations" },
    ];
    expect(
      dependencyOrder(["users", "sessions", "api_tokens", "organisations", "logs"], edges),
    ).toEqual(["logs", "organisations", "users", "api_tokens", "sessions"]);
  });

  it("ignores a table's references to itself and still places every table of a cycle", () => {
    const edges = [
      { child: "nodes", parent: "nodes" },
      { child: "a", parent: "b" },
      { child: "b", parent: "a" },
      { child: "c", parent: "a" },
    ];
    const order = dependencyOrder(["c", "b", "a", "nodes"], edges);
    expect([...order].sort()).toEqual(["a", "b", "c", "nodes"]);
    expect(order.indexOf("c")).toBeGreaterThan(order.indexOf("a"));
  });
});

describe("quoting", () => {
  it("doubles the quote that would end the identifier or the literal", () => {
    expect(quoteIdent('a "b"')).toBe('"a ""b"""');
    expect(quoteLiteral("l'été \\")).toBe("'l''été \\'");
  });
});
