import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "../access/redaction/pdf-info.ts";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";
import { seedCooperationDemo } from "./demo/commands.ts";
import { formatMoney } from "./financing/money.ts";

// The demo's last EUR→CAD rate before this date is 1.49 (2025-01-02).
const AT = "2025-06-30";
const NOW = new Date(`${AT}T16:00:00Z`);

/** Decimal string → cents, without floats: "1234.5" → 123450n. */
const cents = (decimal: string) => {
  const [units, fraction = ""] = decimal.replace(/^-/, "").split(".");
  const value = BigInt(units ?? "0") * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2));
  return decimal.startsWith("-") ? -value : value;
};

/** a / b rounded to the nearest integer, half to even: the rule the README states. */
const divideHalfEven = (a: bigint, b: bigint) => {
  const q = a / b;
  const r = a % b;
  if (2n * r > b || (2n * r === b && q % 2n === 1n)) return q + 1n;
  return q;
};

const flat = (pages: string[]) => pages.join(" ").replace(/[\s\u00a0\u202f]+/g, " ");
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

describe("portfolio totals: the same in CAD and EUR on the page, the API, the CSV and the PDF", () => {
  let t: TestApp;
  let cookie = "";
  const native = { CAD: 0n, EUR: 0n };
  beforeAll(async () => {
    t = await createTestApp({ template: "reference", now: () => NOW });
    await seedCooperationDemo(t.db);
    cookie = (await t.signIn("admin")).cookie;
    // Independent of the application's code: the committed sums straight from the table.
    const rows = await t.db.query<{ currency: "CAD" | "EUR"; total: string }>(
      "SELECT currency, sum(amount_cents)::text AS total FROM financing_commitments GROUP BY currency",
    );
    for (const r of rows) native[r.currency] = BigInt(r.total);
  });
  afterAll(() => t?.close());

  const get = (path: string) => t.request(path, { headers: { cookie } });

  it("converts exactly: per-currency sums, one conversion at 1.49, half to even", async () => {
    expect(native.CAD).toBeGreaterThan(0n);
    expect(native.EUR).toBeGreaterThan(0n);
    const api = await (await get(`/api/v1/portfolio/summary?currency=EUR&at=${AT}`)).json();
    expect(cents(api.total.native.committed.CAD)).toBe(native.CAD);
    expect(cents(api.total.native.committed.EUR)).toBe(native.EUR);
    // CAD → EUR divides by 1.49 = 149/100.
    const eur = native.EUR + divideHalfEven(native.CAD * 100n, 149n);
    expect(cents(api.total.committed)).toBe(eur);
    const apiCad = await (await get(`/api/v1/portfolio/summary?currency=CAD&at=${AT}`)).json();
    const cad = native.CAD + divideHalfEven(native.EUR * 149n, 100n);
    expect(cents(apiCad.total.committed)).toBe(cad);
  });

  it("shows those totals on the dashboard and in the PDF report", async () => {
    const eur = formatMoney("fr", native.EUR + divideHalfEven(native.CAD * 100n, 149n), "EUR");
    const cad = formatMoney("fr", native.CAD + divideHalfEven(native.EUR * 149n, 100n), "CAD");
    const page = squash(await (await get(`/cooperation?devise=EUR&a=${AT}`)).text());
    expect(page).toContain(squash(eur));
    const pageCad = squash(await (await get(`/cooperation?devise=CAD&a=${AT}`)).text());
    expect(pageCad).toContain(squash(cad));
    const pdf = new Uint8Array(await (await get("/cooperation/rapport.pdf")).arrayBuffer());
    const text = flat(await extractText(pdf));
    expect(text).toContain(squash(eur));
    expect(text).toContain(squash(cad));
  });

  it("gives the same per-currency amounts in the CSV export", async () => {
    const csv = (await (await get("/cooperation/projets.csv")).text()).replace(/^\uFEFF/, "");
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const sum = (column: string) => rows.reduce((total, r) => total + cents(r[column] || "0"), 0n);
    expect(sum("Engagé (CAD)")).toBe(native.CAD);
    expect(sum("Engagé (EUR)")).toBe(native.EUR);
  });
});
