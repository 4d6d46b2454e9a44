import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { DATA_DIR } from "../datasets/seed.ts";
import { supplyRows } from "../loaders/supply.ts";

const QUEBEC = "official-lists/quebec_mcs_2020.csv";
const WORLD = "usgs-mcs2025/world_data/MCS2025_World_Data.csv";
const T4 = "usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv";
const RESULTS = "eu-crm-2023/eu_crm_2023_results.csv";
const bytesOf = (file: string) => fs.readFileSync(path.join(DATA_DIR, file));

let t: TestApp;
let admin: Awaited<ReturnType<TestApp["signIn"]>>;
let member: Awaited<ReturnType<TestApp["signIn"]>>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin");
  member = await t.signIn("member-qc");
});
afterAll(() => t?.close());

type Session = { cookie: string; csrf: string };
type Part = { kind?: string; vintage?: string; file?: { name: string; bytes: Uint8Array } };

function form(s: Session, part: Part, csrf = true): FormData {
  const body = new FormData();
  if (csrf) body.set("_csrf", s.csrf);
  if (part.kind !== undefined) body.set("kind", part.kind);
  if (part.vintage !== undefined) body.set("vintage", part.vintage);
  if (part.file) body.set("file", new File([Buffer.from(part.file.bytes)], part.file.name));
  return body;
}

const upload = (s: Session, part: Part, where = "/admin/donnees") =>
  t.request(where, { method: "POST", body: form(s, part), headers: { cookie: s.cookie } });

const apiUpload = (s: Session, part: Part) =>
  t.request("/api/v1/criticality/datasets", {
    method: "POST",
    body: form(s, part, false),
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
  });

const bundledFile = (file: string) => ({ name: path.basename(file), bytes: bytesOf(file) });

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`, params))[0]?.n);

/** The page's visible text, tags dropped and entities that matter here decoded. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
const textOf = async (res: Response) => plain(await res.text());

describe("/admin/donnees", () => {
  it("shows an empty state, the upload form with every importable kind, and the nav link", async () => {
    const res = await t.request("/admin/donnees", { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Aucun jeu de données importé pour l’instant");
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain(`name="_csrf" value="${admin.csrf}"`);
    for (const kind of ["usgs-mcs-commodities", "usgs-mcs-world", "wgi", "official-list"])
      expect(html).toContain(`<option value="${kind}"`);
    expect(html).toContain('href="/admin/donnees"');
    const memberPage = await t.request("/criticite", { headers: { cookie: member.cookie } });
    expect(await memberPage.text()).not.toContain('href="/admin/donnees"');
  });

  it("imports an uploaded file, lists it with its importer, and records it in the journal", async () => {
    const res = await upload(admin, { kind: "official-list", file: bundledFile(QUEBEC) });
    expect(res.status).toBe(200);
    const text = await textOf(res);
    expect(text).toContain("official-list « qc-2020 » importé depuis quebec_mcs_2020.csv");
    // Every line after the header of the file names one member of the Québec list.
    const members = bytesOf(QUEBEC).toString("utf8").trim().split("\n").length - 1;
    expect(members).toBe(22);
    expect(await count("official_list_members WHERE list_id = 'qc-2020'")).toBe(members);
    // The table lists it with its short hash and who imported it.
    const [row] = await t.db.query<{ id: string; sha256: string }>(
      "SELECT id, sha256 FROM datasets WHERE kind = 'official-list' AND vintage = 'qc-2020'",
    );
    expect(text).toContain(row?.sha256.slice(0, 12));
    expect(text).toContain(admin.email);
    const events = await t.db.query<{ actor_id: string; subject_id: string }>(
      "SELECT actor_id, subject_id FROM audit_events WHERE action = 'dataset.import'",
    );
    expect(events).toEqual([{ actor_id: admin.user.id, subject_id: row?.id }]);
  });

  it("recognises a file already imported by its SHA-256 and changes nothing", async () => {
    const before = await count("audit_events WHERE action = 'dataset.import'");
    const res = await upload(admin, { kind: "official-list", file: bundledFile(QUEBEC) });
    expect(res.status).toBe(200);
    expect(await textOf(res)).toContain("Ce fichier est déjà importé");
    expect(await count("audit_events WHERE action = 'dataset.import'")).toBe(before);
  });

  it("reads a Windows-1252 file as the command line does", async () => {
    const latin = Buffer.from(bytesOf(QUEBEC).toString("utf8"), "latin1");
    // "Césium" is one byte (0xE9) in Windows-1252 and not valid UTF-8 there.
    expect(latin.includes(Buffer.from("C\xe9sium", "latin1"))).toBe(true);
    const res = await upload(admin, {
      kind: "official-list",
      file: { name: "quebec_mcs_2020.csv", bytes: latin },
    });
    expect(await textOf(res)).toContain("(encodage windows-1252)");
    expect(await count("official_list_members WHERE list_id = 'qc-2020'")).toBe(22);
  });

  it("asks for the vintage on the form when the file does not tell it, then imports with it", async () => {
    const part = { kind: "official-list", file: bundledFile(T4) };
    const refused = await upload(admin, part);
    expect(refused.status).toBe(422);
    const text = await textOf(refused);
    expect(text).toContain(
      "Impossible de déduire le millésime de MCS2025_T4_Critical_Minerals_End_Use.csv",
    );
    expect(text).toContain("champ « Millésime »");
    const res = await upload(admin, { ...part, vintage: "us-2022" });
    expect(res.status).toBe(200);
    expect(await count("datasets WHERE vintage = 'us-2022'")).toBe(1);
  });

  it("refuses an empty file, no file, or a file of another kind, leaving the data as it was", async () => {
    const datasets = await count("datasets");
    const members = await count("official_list_members");
    const empty = await upload(admin, {
      kind: "official-list",
      file: { name: "vide.csv", bytes: new Uint8Array() },
    });
    expect(empty.status).toBe(422);
    expect(await textOf(empty)).toContain("Le fichier vide.csv est vide.");
    const none = await upload(admin, { kind: "official-list" });
    expect(await textOf(none)).toContain("Choisissez le fichier de données à importer.");
    const wrong = await upload(
      admin,
      { kind: "wgi", file: bundledFile(RESULTS) },
      "/en/admin/donnees",
    );
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(plain(html)).toContain("is not in the form expected for this kind of data");
    // The kind sent is chosen again on the form.
    expect(html).toMatch(/<option value="wgi" selected/);
    expect(await count("datasets")).toBe(datasets);
    expect(await count("official_list_members")).toBe(members);
  });

  it("refuses a multipart upload without the form's CSRF token", async () => {
    const res = await t.request("/admin/donnees", {
      method: "POST",
      body: form(admin, { kind: "official-list", file: bundledFile(QUEBEC) }, false),
      headers: { cookie: admin.cookie },
    });
    expect(res.status).toBe(403);
    expect(await textOf(res)).toContain("Le formulaire a expiré");
  });

  it("refuses a body over the 10 MB limit with a localised message", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    const res = await upload(admin, { kind: "wgi", file: { name: "big.csv", bytes: big } });
    expect(res.status).toBe(413);
    expect(await textOf(res)).toContain("Le contenu envoyé est trop volumineux.");
  });

  // Issue 12: the EU table's anomalies ("281%" where LREE's primary SR is expected, Tungsten
  // twice) were loaded without a word on the datasets page; they are listed as warnings.
  it("lists a dataset's source anomalies as warnings", async () => {
    const res = await upload(admin, { kind: "eu-crm-results", file: bundledFile(RESULTS) });
    expect(res.status).toBe(200);
    const text = await textOf(
      await t.request("/admin/donnees", { headers: { cookie: admin.cookie } }),
    );
    expect(text).toContain("Avertissements (anomalies de la source)");
    expect(text).toMatch(/Tungsten/);
    expect(text).toMatch(/281\s?%/);
  });

  it("is for administrators only, page and API", async () => {
    const file = bundledFile(QUEBEC);
    const asMember = [
      await t.request("/admin/donnees", { headers: { cookie: member.cookie } }),
      await upload(member, { kind: "official-list", file }),
      await t.request("/api/v1/criticality/datasets", { headers: { cookie: member.cookie } }),
      await apiUpload(member, { kind: "official-list", file }),
    ];
    expect(asMember.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    const anonymous = await t.request("/api/v1/criticality/datasets");
    expect(anonymous.status).toBe(401);
  });
});

describe("/api/v1/criticality/datasets: a new USGS vintage", () => {
  /** The MCS 2025 world file as USGS would publish it two years later: source and years moved. */
  function relabelled(): { name: string; bytes: Uint8Array } {
    const [header, ...rows] = bytesOf(WORLD).toString("utf8").split("\n");
    const years = (header ?? "").replace(/20(23|24)/g, (y) => String(Number(y) + 2));
    const body = rows.map((r) => r.replace(/^MCS2025,/, "MCS2027,"));
    return {
      name: "MCS2027_World_Data.csv",
      bytes: new TextEncoder().encode([years, ...body].join("\n")),
    };
  }

  it("stores MCS 2027 beside MCS 2025, and the loaders use the newer one", async () => {
    const first = await apiUpload(admin, { kind: "usgs-mcs-world", file: bundledFile(WORLD) });
    expect(first.status).toBe(201);
    const a = (await first.json()) as { vintage: string; rowsStored: number; status: string };
    expect(a).toMatchObject({ status: "imported", vintage: "MCS 2025" });

    // No vintage given: read from the file's source column, as for the 2025 file.
    const second = await apiUpload(admin, { kind: "usgs-mcs-world", file: relabelled() });
    expect(second.status).toBe(201);
    const b = (await second.json()) as {
      vintage: string;
      rowsStored: number;
      issues: { reasonLabel: string }[];
    };
    expect(b.vintage).toBe("MCS 2027");
    expect(b.rowsStored).toBe(a.rowsStored);
    expect(b.issues[0]?.reasonLabel).toMatch(/\w/);

    const list = await t.request("/api/v1/criticality/datasets", {
      headers: { cookie: admin.cookie },
    });
    const { items } = (await list.json()) as {
      items: { kind: string; vintage: string; importedBy: string }[];
    };
    const world = items.filter((d) => d.kind === "usgs-mcs-world");
    expect(world.map((d) => d.vintage)).toEqual(["MCS 2025", "MCS 2027"]);
    expect(world.every((d) => d.importedBy === admin.email)).toBe(true);
    expect(
      await count(
        "country_statistics cs JOIN datasets d ON d.id = cs.dataset_id WHERE d.vintage = 'MCS 2027'",
      ),
    ).toBe(b.rowsStored);
    expect(
      await count(
        "country_statistics cs JOIN datasets d ON d.id = cs.dataset_id WHERE d.vintage = 'MCS 2025'",
      ),
    ).toBe(a.rowsStored);

    // The relabelled file's estimates are for 2026, two years after the 2025 file's 2024.
    const cobalt = await supplyRows(t.db, "cobalt", "extraction");
    expect(cobalt).toMatchObject({ vintage: "MCS 2027", year: 2026 });
    const older = await supplyRows(t.db, "cobalt", "extraction", 2024);
    expect(older?.vintage).toBe("MCS 2025");
  });

  it("answers the same bytes again with status unchanged (200) and a malformed one with 422", async () => {
    const again = await apiUpload(admin, { kind: "usgs-mcs-world", file: relabelled() });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe("unchanged");

    const before = await count("country_statistics");
    const [kept] = await t.db.query<{ sha256: string }>(
      "SELECT sha256 FROM datasets WHERE kind = 'usgs-mcs-world' AND vintage = 'MCS 2027'",
    );
    // Same kind and vintage, but the country column is gone: refused, the 2027 rows stay.
    const broken = new TextDecoder()
      .decode(relabelled().bytes)
      .replace("SOURCE,COMMODITY,COUNTRY,", "SOURCE,COMMODITY,PLACE,");
    const res = await apiUpload(admin, {
      kind: "usgs-mcs-world",
      vintage: "MCS 2027",
      file: { name: "MCS2027_World_Data.csv", bytes: new TextEncoder().encode(broken) },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { id: string } }).error.id).toBe("dataset_malformed");
    expect(await count("country_statistics")).toBe(before);
    const [after] = await t.db.query<{ sha256: string }>(
      "SELECT sha256 FROM datasets WHERE kind = 'usgs-mcs-world' AND vintage = 'MCS 2027'",
    );
    expect(after?.sha256).toBe(kept?.sha256);
  });

  it("is described in the OpenAPI document, the upload as multipart with a binary file", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    const paths = doc.paths["/api/v1/criticality/datasets"];
    expect(Object.keys(paths ?? {}).sort()).toEqual(["get", "post"]);
    const multipart = paths?.post?.requestBody?.content["multipart/form-data"] as {
      schema: {
        properties: Record<string, { type?: string; format?: string }>;
        required: string[];
      };
    };
    expect(multipart.schema.properties.file).toMatchObject({ type: "string", format: "binary" });
    expect(multipart.schema.required.sort()).toEqual(["file", "kind"]);
  });

  it("refuses an unknown kind through the API's validation", async () => {
    const res = await apiUpload(admin, { kind: "usgs", file: bundledFile(QUEBEC) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { id: string } }).error.id).toBe("validation_failed");
  });
});
