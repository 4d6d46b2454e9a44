/** /api/v1/projects/{code}/capacities: list, add or replace, remove with confirm=true. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { ProjectRef } from "../projects/queries.ts";
import { capacitiesOf } from "./queries.ts";
import { insertProject } from "./test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
let t: TestApp;
let qc: Session;
let fr: Session;
let shared: ProjectRef;
let secret: ProjectRef;

const BASE = "/api/v1/projects/P-2025-020/capacities";
const call = (path: string, method: string, who?: Session, body?: unknown) =>
  t.api(method, path, { as: who, body });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { id: string; message: string } }).error;
const audits = async (action: string) =>
  (
    await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND subject_id = $2",
      [action, shared.id],
    )
  )[0]?.n;

const GRAPHITE = { material: "natural-graphite", stage: "extraction", country: "can" };

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  [qc, fr] = [await t.signIn("member-qc"), await t.signIn("member-fr")];
  shared = await insertProject(t.db, { code: "P-2025-020", owner: "qc", published: false });
  secret = await insertProject(t.db, { code: "P-2025-021", owner: "qc", confidentialTo: "qc" });
}, 60_000);
afterAll(() => t?.close());

describe("capacities API", () => {
  it("adds, replaces and lists a project's capacities with names in both languages", async () => {
    const created = await call(BASE, "POST", qc, { ...GRAPHITE, tonnesPerYear: 10000 });
    expect(created.status).toBe(201);
    const [names] = await t.db.query<{ fr: string; en: string }>(
      "SELECT name_fr AS fr, name_en AS en FROM materials WHERE id = 'natural-graphite'",
    );
    expect(await created.json()).toEqual({
      material: "natural-graphite",
      materialName: names,
      stage: "extraction",
      stageName: { fr: "extraction (mine)", en: "extraction (mining)" },
      country: "CAN",
      countryName: { fr: "Canada", en: "Canada" },
      tonnesPerYear: 10000,
    });
    const replaced = await call(BASE, "POST", qc, { ...GRAPHITE, tonnesPerYear: "12500.5" });
    expect(replaced.status).toBe(200);
    expect(
      (await call(BASE, "POST", qc, { ...GRAPHITE, country: "FRA", tonnesPerYear: 3 })).status,
    ).toBe(201);
    // The other party reads a shared project's capacities.
    const list = await call(BASE, "GET", fr);
    expect(list.status).toBe(200);
    const body = (await list.json()) as {
      project: string;
      items: { country: string; tonnesPerYear: number }[];
    };
    expect(body.project).toBe("P-2025-020");
    expect(body.items.map((i) => [i.country, i.tonnesPerYear])).toEqual([
      ["CAN", 12500.5],
      ["FRA", 3],
    ]);
    expect(await audits("project_capacity.set")).toBe(3);
  });

  it("refuses bad input with a localised 422 and writes nothing", async () => {
    const before = await capacitiesOf(t.db, shared.id);
    const fr422 = await call(BASE, "POST", qc, {
      ...GRAPHITE,
      material: "unobtainium",
      tonnesPerYear: 5,
    });
    expect(fr422.status).toBe(422);
    expect(await errorOf(fr422)).toMatchObject({ id: "capacity_unknown_material" });
    const en422 = await call(`${BASE}?lang=en`, "POST", qc, { ...GRAPHITE, tonnesPerYear: -5 });
    expect(en422.status).toBe(422);
    expect((await errorOf(en422)).message).toBe(
      "The capacity must be a strictly positive number of tonnes per year (got: -5).",
    );
    const missing = await call(BASE, "POST", qc, { material: "lithium" });
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).message).toBe("Certaines valeurs sont invalides.");
    expect(await capacitiesOf(t.db, shared.id)).toEqual(before);
    expect(await audits("project_capacity.set")).toBe(3);
  });

  it("answers 403 to the other party, 401 to the public, 404 for what they may not see", async () => {
    const add = { ...GRAPHITE, tonnesPerYear: 1 };
    expect((await errorOf(await call(BASE, "POST", fr, add))).id).toBe("forbidden");
    expect(
      (await errorOf(await call(`${BASE}/natural-graphite/extraction?confirm=true`, "DELETE", fr)))
        .id,
    ).toBe("forbidden");
    expect((await call(BASE, "POST", undefined, add)).status).toBe(401);
    // Unpublished: the public does not see the project; confidential to Québec: nor does France.
    expect((await call(BASE, "GET")).status).toBe(404);
    await t.db.query("UPDATE projects SET published = true WHERE id = $1", [shared.id]);
    expect((await call(BASE, "GET")).status).toBe(200);
    const hidden = "/api/v1/projects/P-2025-021/capacities";
    expect((await call(hidden, "GET", fr)).status).toBe(404);
    expect((await call(hidden, "POST", fr, add)).status).toBe(404);
    expect((await call(hidden, "GET", qc)).status).toBe(200);
    expect(await capacitiesOf(t.db, secret.id)).toEqual([]);
    expect((await capacitiesOf(t.db, shared.id)).map((c) => c.tonnes_per_year)).toEqual([
      "12500.5",
      "3",
    ]);
  });

  it("removes a capacity only with confirm=true, naming the country when several", async () => {
    const path = `${BASE}/natural-graphite/extraction`;
    const ambiguous = await call(`${path}?confirm=true`, "DELETE", qc);
    expect(ambiguous.status).toBe(422);
    expect((await errorOf(ambiguous)).message).toContain("(CAN, FRA)");
    const unconfirmed = await call(`${path}?country=fra&lang=en`, "DELETE", qc);
    expect(unconfirmed.status).toBe(422);
    expect((await errorOf(unconfirmed)).message).toMatch(
      /^Removing the capacity .+, extraction \(mining\), France is not confirmed/,
    );
    expect((await call(`${path}?country=DEU&confirm=true`, "DELETE", qc)).status).toBe(404);
    expect(await capacitiesOf(t.db, shared.id)).toHaveLength(2);
    expect(await audits("project_capacity.delete")).toBe(0);

    expect((await call(`${path}?country=FRA&confirm=true`, "DELETE", qc)).status).toBe(204);
    // One country left: material and stage suffice.
    expect((await call(`${path}?confirm=true`, "DELETE", qc)).status).toBe(204);
    expect(await capacitiesOf(t.db, shared.id)).toEqual([]);
    expect(await audits("project_capacity.delete")).toBe(2);
  });

  it("is described in the OpenAPI document, in both languages", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { summary: string; parameters?: { name: string }[] }>>;
    };
    const list = doc.paths["/api/v1/projects/{code}/capacities"];
    const one = doc.paths["/api/v1/projects/{code}/capacities/{material}/{stage}"];
    expect(list?.get?.summary).toBe("Capacités ajoutées par un projet / Capacities a project adds");
    expect(list?.post?.summary).toBe(
      "Ajouter ou remplacer une capacité / Add or replace a capacity",
    );
    expect(one?.delete?.summary).toBe("Retirer une capacité / Remove a capacity");
    expect(one?.delete?.parameters?.map((p) => p.name).sort()).toEqual([
      "code",
      "confirm",
      "country",
      "material",
      "stage",
    ]);
  });
});
