import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedInBothLanguages } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertProject } from "../impact/test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
type Series = {
  indicator: string;
  label: { fr: string; en: string };
  unit: string;
  units: string[];
  values: { year: number; baseline: string | null; target: string | null; actual: string | null }[];
};
type Listing = { project: string; items: Series[]; conversions?: unknown[] };

const QC = "P-2024-301"; // Québec's, published
const SECRET = "P-2024-302"; // Québec's, confidential to Québec
const PATH = `/api/v1/projects/${QC}/indicators`;

let t: TestApp;
let qc: Session;
let fr: Session;
let reviewer: Session;

const api = (method: string, path: string, who?: Session, body?: unknown) =>
  t.api(method, path, { as: who, body });
const rows = async () =>
  (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM project_indicators"))[0]?.n;

const bothLanguages = (method: string, path: string, body?: unknown) =>
  refusedInBothLanguages(t, { method, path, as: qc, body });

beforeAll(async () => {
  t = await createTestApp();
  [qc, fr, reviewer] = await Promise.all([
    t.signIn("member-qc"),
    t.signIn("member-fr"),
    t.signIn("reviewer"),
  ]);
  await insertProject(t.db, { code: QC, owner: "qc", published: true });
  await insertProject(t.db, { code: SECRET, owner: "qc", confidentialTo: "qc" });
}, 120_000);
afterAll(() => t?.close());

describe("setting and reading values", () => {
  it("converts a convertible unit exactly, audits, and lists values by indicator and year", async () => {
    const res = await api("POST", PATH, qc, {
      indicator: "ghg_emissions",
      year: 2024,
      unit: "kt CO2e",
      baseline: "12,345",
      target: "10",
    });
    expect(res.status).toBe(200);
    const saved = (await res.json()) as Listing;
    expect(saved.conversions).toEqual([
      { from: "12.345", fromUnit: "kt CO2e", to: "12345", toUnit: "t CO2e" },
      { from: "10", fromUnit: "kt CO2e", to: "10000", toUnit: "t CO2e" },
    ]);
    // A value left out keeps what was stored.
    const typed = await api("POST", PATH, qc, {
      indicator: "ghg_emissions",
      year: 2024,
      unit: "t CO2e",
      actual: "11000.5",
    });
    expect(typed.status).toBe(200);
    const audit = await t.db.query<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_events WHERE action = 'project_indicator.set'",
    );
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.changes)).toContainEqual(
      expect.objectContaining({ actual: { from: null, to: "11000.5" } }),
    );

    const publicView = (await (await api("GET", PATH)).json()) as Listing;
    expect(publicView.items).toEqual([
      {
        indicator: "ghg_emissions",
        label: { fr: "Émissions de GES", en: "GHG emissions" },
        unit: "t CO2e",
        units: ["t CO2e", "kt CO2e", "Mt CO2e"],
        values: [{ year: 2024, baseline: "12345", target: "10000", actual: "11000.5" }],
      },
    ]);
  });

  it("refuses what the form refuses, in French and English, writing nothing", async () => {
    const before = await rows();
    const value = (over: Record<string, unknown>) => ({
      indicator: "water_withdrawn",
      year: 2024,
      unit: "m³",
      actual: "5",
      ...over,
    });
    const unit = await bothLanguages("POST", PATH, value({ unit: "t CO2e" }));
    expect(unit.id).toBe("indicator_unit_invalid");
    expect(unit.fr).toContain("L’unité « t CO2e » ne convient pas à l’indicateur « Eau prélevée »");
    expect(unit.en).toContain("does not fit the indicator “Water withdrawn”");
    const negative = await bothLanguages("POST", PATH, value({ actual: "-3" }));
    expect(negative.id).toBe("indicator_value_negative");
    const share = await bothLanguages(
      "POST",
      PATH,
      value({ indicator: "renewable_share", unit: "%", actual: "100.5" }),
    );
    expect(share.id).toBe("indicator_share_range");
    expect(share.en).toContain("between 0 and 100%");
    const unknown = await bothLanguages("POST", PATH, value({ indicator: "noise" }));
    expect(unknown.id).toBe("indicator_unknown");
    const year = await bothLanguages("POST", PATH, value({ year: 1889 }));
    expect(year.fr).toContain("entre 1990 et 2100");
    const empty = await bothLanguages("POST", PATH, value({ actual: null }));
    expect(empty.id).toBe("indicator_values_empty");
    const float = await bothLanguages("POST", PATH, value({ actual: 0.1 }));
    expect(float.id).toBe("validation_failed");
    expect(float.fields.actual).toBeDefined();
    expect(await rows()).toBe(before);
  });
});

describe("permissions", () => {
  it("lets only the project's party write, and hides a confidential project (404)", async () => {
    const before = await rows();
    const body = { indicator: "energy", year: 2023, unit: "MWh", actual: "7" };
    expect((await api("POST", PATH, fr, body)).status).toBe(403);
    expect((await api("POST", PATH, reviewer, body)).status).toBe(403);
    expect((await api("POST", PATH, undefined, body)).status).toBe(401);
    const del = `${PATH}/2024?indicator=ghg_emissions&confirm=true`;
    expect((await api("DELETE", del, fr)).status).toBe(403);
    expect((await api("DELETE", del)).status).toBe(401);
    expect(await rows()).toBe(before);

    const secret = `/api/v1/projects/${SECRET}/indicators`;
    expect((await api("POST", secret, qc, body)).status).toBe(200);
    for (const who of [fr, reviewer, undefined]) {
      expect((await api("GET", secret, who)).status).toBe(404);
    }
    expect((await api("POST", secret, fr, body)).status).toBe(404);
    expect((await api("GET", secret, qc)).status).toBe(200);
    expect((await api("GET", "/api/v1/projects/P-1999-999/indicators", qc)).status).toBe(404);
  });
});

describe("deleting", () => {
  it("deletes one indicator's year only with confirm=true, and audits it", async () => {
    const base = `${PATH}/2024?indicator=ghg_emissions`;
    const unconfirmed = await bothLanguages("DELETE", base);
    expect(unconfirmed.id).toBe("indicator_delete_unconfirmed");
    expect(unconfirmed.fr).toContain("« Émissions de GES » en 2024");
    expect(unconfirmed.en).toContain("“GHG emissions” values for 2024");
    const missing = await bothLanguages("DELETE", `${PATH}/2024?confirm=true`);
    expect(missing.fields.indicator).toBeDefined();
    const year = await bothLanguages("DELETE", `${PATH}/20x4?indicator=ghg_emissions&confirm=true`);
    expect(year.id).toBe("indicator_year_invalid");
    expect((await api("GET", PATH)).status).toBe(200);

    const gone = await api("DELETE", `${base}&confirm=true`, qc);
    expect(gone.status).toBe(204);
    expect(((await (await api("GET", PATH)).json()) as Listing).items).toEqual([]);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'project_indicator.delete'",
    );
    expect(audit).toHaveLength(1);
    expect((await api("DELETE", `${base}&confirm=true`, qc)).status).toBe(404);
  });
});

describe("OpenAPI", () => {
  it("documents the indicator routes with bilingual summaries", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { summary: string }>>;
    };
    const path = "/api/v1/projects/{code}/indicators";
    for (const [p, method] of [
      [path, "get"],
      [path, "post"],
      [`${path}/{year}`, "delete"],
    ] as const) {
      expect(doc.paths[p]?.[method]?.summary).toMatch(/^[^/]+ \/ [^/]+$/);
    }
  });
});
