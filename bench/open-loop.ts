/**
 * A fixed-rate load in the open model: one request every 1/rate s, whether or not the earlier
 * ones have answered, each timed from the moment it was DUE (so a stalled server is charged for
 * the requests it made wait: no coordinated omission). autocannon's `overallRate` sends each
 * second's quota as a burst at the start of the second, which measures a queue of 500 requests,
 * not a steady 500 req/s.
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

export type OpenLoopResult = {
  sent: number;
  ok: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Requests sent per second, measured: below `rate` when the generator could not keep up. */
  achievedRate: number;
};

/** The q-quantile (0–1) of `sorted` (ascending), nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

function get(url: URL, agent: http.Agent, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, timeout: timeoutMs }, (res) => {
      res.resume();
      res.once("end", () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
      res.once("error", () => resolve(false));
    });
    req.once("timeout", () => req.destroy(new Error("timeout")));
    req.once("error", () => resolve(false));
  });
}

export async function openLoop(
  target: string,
  rate: number,
  seconds: number,
  timeoutMs = 10_000,
): Promise<OpenLoopResult> {
  const url = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    pending.push(
      get(url, agent, timeoutMs).then((success) => {
        latencies.push(performance.now() - due);
        if (success) ok++;
      }),
    );
  }
  const sentIn = (performance.now() - start) / 1000;
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 10) / 10;
  return {
    sent: total,
    ok,
    errors: total - ok,
    p50Ms: ms(quantile(latencies, 0.5)),
    p99Ms: ms(quantile(latencies, 0.99)),
    maxMs: ms(latencies.at(-1) ?? Number.NaN),
    achievedRate: Math.round(total / Math.max(sentIn, interval / 1000)),
  };
}
