import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe("createLogger", () => {
  it("writes JSON lines and carries the request id of a child logger", () => {
    const { lines, stream } = capture();
    createLogger({ logLevel: "info" }, stream)
      .child({ requestId: "abc-123" })
      .info({ status: 200 }, "request");
    expect(lines[0]).toMatchObject({
      app: "alliage",
      requestId: "abc-123",
      status: 200,
      msg: "request",
    });
  });

  it("never writes e-mail addresses, passwords or tokens", () => {
    const { lines, stream } = capture();
    createLogger({ logLevel: "info" }, stream).info(
      { user: { email: "jean@example.org", password: "p", token: "alliage_x" } },
      "sign-in",
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("jean@example.org");
    expect(text).not.toContain("alliage_x");
    expect(text).toContain("[caviardé]");
  });

  it("leaves out the failing row a PostgreSQL error quotes", () => {
    const { lines, stream } = capture();
    const error = Object.assign(new Error("new row violates check constraint"), {
      code: "23514",
      detail: "Failing row contains (7f, Jeanne Demandeuse, jeanne@example.org, null, null).",
      where: "SQL statement with jeanne@example.org",
    });
    createLogger({ logLevel: "info" }, stream).error({ err: error }, "unexpected error");
    const text = JSON.stringify(lines[0]);
    expect(text).toContain("23514");
    expect(text).toContain("violates check constraint");
    expect(text).not.toContain("Jeanne");
    expect(text).not.toContain("jeanne@example.org");
  });
});
