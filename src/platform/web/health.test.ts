import { describe, expect, it } from "vitest";
import { servesPages } from "./health.ts";

describe("servesPages", () => {
  it("says ready once the database is open, and on the embedded one once the import is over", () => {
    expect(servesPages({ status: "ok", database: "starting", import: "running" })).toBe(false);
    expect(servesPages({ status: "ok", database: "pglite", import: "running" })).toBe(false);
    expect(servesPages({ status: "ok", database: "pglite", import: "done" })).toBe(true);
    expect(servesPages({ status: "ok", database: "pglite", import: "failed" })).toBe(true);
    // PostgreSQL serves other connections while the import holds one.
    expect(servesPages({ status: "ok", database: "postgres", import: "running" })).toBe(true);
    expect(servesPages({})).toBe(false);
  });
});
