/** The capacity form of the project page (reference choices, refusals) and removal after confirmation. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { ProjectRef } from "../projects/queries.ts";
import { capacitiesOf } from "./queries.ts";
import { insertProject } from "./test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
let t: TestApp;
let qc: Session;
let fr: Session;
let p: ProjectRef;

const get = (path: string, who: Session) => t.request(path, { headers: { cookie: who.cookie } });
/** The page's text with French no-break spaces as plain spaces. */
const text = async (res: Response) => (await res.text()).replace(/[\u00a0\u202f]/g, " ");
const post = (path: string, who: Session, fields: Record<string, string>) =>
  t.request(path, {
    method: "POST",
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }),
    headers: { cookie: who.cookie, "content-type": "application/x-www-form-urlencoded" },
  });
const audits = async (action: string) =>
  (
    await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND subject_id = $2",
      [action, p.id],
    )
  )[0]?.n;

/** The options of a <select>, in order, with the optgroup each one sits in. */
function options(html: string, id: string) {
  const select = new RegExp(`<select id="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? "";
  const out: { value: string; text: string; group: string; selected: boolean }[] = [];
  let group = "";
  for (const m of select.matchAll(
    /<optgroup label="([^"]*)">|<option value="([^"]*)"([^>]*)>([^<]*)/g,
  )) {
    if (m[1] !== undefined) group = m[1];
    else
      out.push({
        value: m[2] ?? "",
        text: m[4] ?? "",
        group,
        selected: /selected/.test(m[3] ?? ""),
      });
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  [qc, fr] = [await t.signIn("member-qc"), await t.signIn("member-fr")];
  p = await insertProject(t.db, { code: "P-2025-010", owner: "qc" });
  await t.db.query("UPDATE projects SET country_id = 'CAN' WHERE id = $1", [p.id]);
  await t.db.query(
    "INSERT INTO project_materials (project_id, material_id) VALUES ($1, 'natural-graphite'), ($1, 'lithium')",
    [p.id],
  );
}, 60_000);
afterAll(() => t?.close());

describe("capacity form", () => {
  it("offers the reference's materials by name, the project's first, and the project's country", async () => {
    const names = await t.db.query<{ id: string; name_fr: string; name_en: string }>(
      "SELECT id, name_fr, name_en FROM materials WHERE id IN ('natural-graphite', 'lithium', 'cobalt')",
    );
    for (const [lang, prefix, own, other, canada] of [
      ["fr", "", "Matières du projet", "Autres matières", "Canada"],
      ["en", "/en", "The project’s materials", "Other materials", "Canada"],
    ] as const) {
      const html = await (await get(`${prefix}/cooperation/projets/${p.code}`, qc)).text();
      const materials = options(html, "cap-material");
      expect(materials[0]).toMatchObject({ value: "" });
      // The project's two materials first, sorted by name in the page's language, then the rest.
      const ownNames = names
        .filter((n) => n.id !== "cobalt")
        .map((n) => (lang === "fr" ? n.name_fr : n.name_en))
        .sort((a, b) => a.localeCompare(b, lang));
      expect(materials.slice(1, 3).map((o) => [o.text, o.group])).toEqual(
        ownNames.map((n) => [n, own]),
      );
      const cobalt = names.find((n) => n.id === "cobalt");
      expect(materials.find((o) => o.value === "cobalt")).toMatchObject({
        text: lang === "fr" ? cobalt?.name_fr : cobalt?.name_en,
        group: other,
      });
      expect(materials.filter((o) => o.value === "natural-graphite")).toHaveLength(1);
      const countries = options(html, "cap-country");
      expect(countries.filter((o) => o.selected)).toEqual([
        { value: "CAN", text: canada, group: "", selected: true },
      ]);
      expect(countries.length).toBeGreaterThan(200);
      expect(options(html, "cap-stage").map((o) => o.value)).toEqual(["extraction", "processing"]);
    }
    // The other party's member reads the project but gets no form.
    expect(await (await get(`/cooperation/projets/${p.code}`, fr)).text()).not.toContain(
      "cap-material",
    );
  });

  it("refuses an unknown material or country in either language, keeps the choices, writes nothing", async () => {
    const bad = { matiere: "unobtainium", etape: "extraction", pays: "CAN", tonnes: "500" };
    const res = await post(`/cooperation/projets/${p.code}/capacites`, qc, bad);
    expect(res.status).toBe(422);
    expect(await text(res)).toContain("La matière « unobtainium » n’est pas au référentiel.");
    const en = await post(`/en/cooperation/projets/${p.code}/capacites`, qc, {
      ...bad,
      matiere: "lithium",
      pays: "ZZZ",
    });
    expect(en.status).toBe(422);
    const html = await en.text();
    expect(html).toContain("The country “ZZZ” is not in the reference list");
    expect(options(html, "cap-material").find((o) => o.selected)?.value).toBe("lithium");
    expect(html).toContain('value="500"');
    expect(await capacitiesOf(t.db, p.id)).toEqual([]);
    expect(await audits("project_capacity.set")).toBe(0);
  });
});

describe("removing a capacity", () => {
  const key = { matiere: "natural-graphite", etape: "extraction", pays: "CAN" };
  const confirmPath = "/cooperation/projets/P-2025-010/capacites/retirer";
  const confirmUrl = (k: Record<string, string>) => `${confirmPath}?${new URLSearchParams(k)}`;
  let graphite = { fr: "", en: "" };

  it("asks for confirmation on its own page, linked from the project page", async () => {
    const [row] = await t.db.query<{ fr: string; en: string }>(
      "SELECT name_fr AS fr, name_en AS en FROM materials WHERE id = 'natural-graphite'",
    );
    graphite = row as typeof graphite;
    const add = await post(`/cooperation/projets/${p.code}/capacites`, qc, {
      ...key,
      tonnes: "12500",
    });
    expect(add.status).toBe(303);
    const page = await text(await get(`/cooperation/projets/${p.code}`, qc));
    expect(page).toContain(`href="${confirmUrl(key).replaceAll("&", "&amp;")}"`);
    expect(page).toContain("extraction (mine), Canada : 12 500 t/an");

    const confirm = await get(confirmUrl(key), qc);
    expect(confirm.status).toBe(200);
    const html = await text(confirm);
    expect(html).toContain("Retirer une capacité du projet P-2025-010");
    for (const fact of [graphite.fr, "extraction (mine)", "Canada", "12 500"])
      expect(html).toContain(`<dd>${fact}</dd>`);
    expect(html).toContain('name="confirmer" value="oui" required');
    expect(html).toContain(`href="/cooperation/projets/${p.code}#impact-titre"`);
    const en = await (await get(`/en${confirmUrl(key)}`, qc)).text();
    for (const fact of [graphite.en, "extraction (mining)", "Canada", "12,500"])
      expect(en).toContain(`<dd>${fact}</dd>`);
    // The other party's member may not even see the question; an unknown capacity is a 404.
    expect((await get(confirmUrl(key), fr)).status).toBe(403);
    expect((await get(confirmUrl({ ...key, pays: "FRA" }), qc)).status).toBe(404);
  });

  it("refuses the removal without the ticked box and removes nothing", async () => {
    const res = await post(confirmPath, qc, key);
    expect(res.status).toBe(422);
    expect(await text(res)).toContain(
      `Le retrait de la capacité ${graphite.fr}, extraction (mine), Canada n’est pas confirmé`,
    );
    const en = await post(`/en${confirmPath}`, qc, { ...key, confirmer: "yes" });
    expect(en.status).toBe(422);
    expect(await en.text()).toContain(
      `Removing the capacity ${graphite.en}, extraction (mining), Canada is not confirmed`,
    );
    expect(await capacitiesOf(t.db, p.id)).toHaveLength(1);
    expect(await audits("project_capacity.delete")).toBe(0);
  });

  it("removes it once confirmed, with an audit entry naming the member", async () => {
    expect((await post(confirmPath, fr, { ...key, confirmer: "oui" })).status).toBe(403);
    const res = await post(confirmPath, qc, { ...key, confirmer: "oui" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/cooperation/projets/${p.code}#impact-titre`);
    expect(await capacitiesOf(t.db, p.id)).toEqual([]);
    const [entry] = await t.db.query<{ actor_id: string; changes: { capacity: { from: string } } }>(
      "SELECT actor_id, changes FROM audit_events WHERE action = 'project_capacity.delete' AND subject_id = $1",
      [p.id],
    );
    expect(entry?.actor_id).toBe(qc.user.id);
    expect(entry?.changes.capacity.from).toBe("natural-graphite/extraction/CAN: 12500 t/a");
  });

  it("says in words why a capacity at a stage the data do not assess has no effect", async () => {
    const processing = { matiere: "natural-graphite", etape: "processing", pays: "CAN" };
    const add = await post(`/cooperation/projets/${p.code}/capacites`, qc, {
      ...processing,
      tonnes: "25000",
    });
    expect(add.status).toBe(303);
    const page = await text(await get(`/cooperation/projets/${p.code}`, qc));
    expect(page).toContain(
      "L’UE a évalué la matière « graphite naturel » à l’étape extraction (mine) seulement : la capacité de 25 000 t/an (Canada) à l’étape transformation (raffinage) ne change son risque d’approvisionnement dans aucune vue",
    );
    expect(page).not.toContain("Non calculable");
    expect(page).not.toContain("natural-graphite :");
  });
});
