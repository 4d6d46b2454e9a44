import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { openLoop, quantile } from "./open-loop.ts";

let server: http.Server | undefined;
afterEach(() => server?.close());

async function serve(handler: http.RequestListener): Promise<string> {
  const s = http.createServer(handler);
  server = s;
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
}

describe("quantile (nearest rank)", () => {
  it("gives the smallest value with at least q of the sample at or below it", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.99)).toBe(99);
    expect(quantile(xs, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("openLoop", () => {
  it("sends rate × seconds requests and counts a non-2xx answer as an error", async () => {
    let n = 0;
    const url = await serve((_, res) => {
      n++;
      res.writeHead(n % 10 === 0 ? 500 : 200).end("ok");
    });
    const r = await openLoop(url, 100, 1);
    expect(r.sent).toBe(100);
    expect(n).toBe(100);
    expect(r.errors).toBe(10);
    expect(r.ok).toBe(90);
  });

  it("charges a stall to every request that fell due during it (open model)", async () => {
    // The first request blocks the server's event loop for 300 ms: at 100 req/s about 30
    // requests fall due meanwhile and wait, so well over 1 % of 100 are late by ≥ 100 ms. A
    // closed-loop generator would have waited too and reported only the one slow request.
    let first = true;
    const url = await serve((_, res) => {
      if (first) {
        first = false;
        const until = Date.now() + 300;
        while (Date.now() < until);
      }
      res.end("ok");
    });
    const r = await openLoop(url, 100, 1);
    expect(r.errors).toBe(0);
    expect(r.p99Ms).toBeGreaterThanOrEqual(100);
    expect(r.p50Ms).toBeLessThan(r.p99Ms);
  });
});
