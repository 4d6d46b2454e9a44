import { describe, expect, it } from "vitest";
import { main } from "./main.ts";

// This command needs no database: it runs without a data directory of its own.
async function alliage(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    env: { LOG_LEVEL: "silent", ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    interactive: false,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("alliage access deadline", () => {
  it("gives the seed's dates as JSON: due 2023-12-20, review until 2024-01-19", async () => {
    const run = await alliage([
      "access",
      "deadline",
      "--received",
      "2023-11-30",
      "--decided",
      "2023-12-20",
      "--json",
    ]);
    expect(run.code, run.err).toBe(0);
    const result = JSON.parse(run.out);
    expect(result).toMatchObject({
      due: "2023-12-20",
      extendedDue: null,
      reviewUntil: "2024-01-19",
    });
    expect(result.steps.length).toBeGreaterThan(0);
  });

  it("prints the steps in French by default, with the holiday named (24 June 2024 → 25 June)", async () => {
    const run = await alliage(["access", "deadline", "--received", "2024-06-04", "--extended"]);
    expect(run.code, run.err).toBe(0);
    const text = run.out.replaceAll("\u00a0", " ");
    expect(text).toContain("20 jours → 24 juin 2024, jour férié (Fête nationale) → 25 juin 2024");
    // 4 June + 30 days = 4 July 2024, a Thursday.
    expect(text).toContain("→ 4 juillet 2024");
  });

  it("computes France's CADA referral deadline", async () => {
    const run = await alliage([
      "access",
      "deadline",
      "--received",
      "2024-03-15",
      "--jurisdiction",
      "fr",
      "--json",
    ]);
    expect(run.code, run.err).toBe(0);
    // 15 March → refusal 15 April → 15 June 2024, a Saturday → Monday 17 June.
    expect(JSON.parse(run.out)).toMatchObject({
      due: "2024-04-15",
      cadaReferralUntil: "2024-06-17",
    });
  });

  it("reports an invalid date with its catalogue id, and a missing option as a usage error", async () => {
    const bad = await alliage(["access", "deadline", "--received", "2023-02-30"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("[invalid_date]");
    const order = await alliage([
      "access",
      "deadline",
      "--received",
      "2023-11-30",
      "--decided",
      "2023-11-01",
    ]);
    expect(order.err).toContain("[date_order]");
    const missing = await alliage(["access", "deadline"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--received");
  });
});
