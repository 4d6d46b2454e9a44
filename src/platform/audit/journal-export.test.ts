import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { auditEventBatches, listAuditEvents } from "./queries.ts";

/** The CSV export, the API and the batched reading behind the export, on a fresh database. */
describe("audit log export and API", () => {
  let t: TestApp;
  let cookie: string;
  const get = (path: string) => t.request(path, { headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date("2024-05-01T02:00:00Z") });
    ({ cookie } = await t.signIn("admin", "admin.export@example.org"));
    await t.db.exec(`INSERT INTO audit_events (at, actor_label, action, subject_type, subject_id)
      SELECT timestamptz '2024-01-15 12:00:00+00' + (g / 3) * interval '1 microsecond',
             'bulk@example.org', 'bulk.test', 'Thing', g::text
        FROM generate_series(1, 75) AS g`);
    await t.db.query(
      `INSERT INTO audit_events (at, actor_label, action, subject_type, subject_id, changes, request_id)
       VALUES ('2024-04-01T12:00:00Z', $1, 'csv.test', 'Thing', '1', $2, 'req-1')`,
      [
        'Dupont, "Jean"',
        JSON.stringify({ note: { from: 'a, "b"', to: "ligne 1\nligne 2" }, formula: "=1+1" }),
      ],
    );
  });
  afterAll(() => t?.close());

  it("exports the filter as UTF-8 CSV with a BOM, a localised header and quoted values", async () => {
    const res = await get("/admin/journal.csv?action=csv.test");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="journal-audit-2024-04-30.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      "\uFEFFDate et heure (UTC),Auteur ou autrice,Identifiant de l’action,Action," +
        "Type d’objet,Identifiant de l’objet,Modifications,Requête\r\n" +
        '2024-04-01T12:00:00.000Z,"Dupont, ""Jean""",csv.test,csv.test,Thing,1,' +
        '"note\u00a0: a, ""b"" → ligne 1\nligne 2\nformula\u00a0: =1+1",req-1\r\n',
    );
    const en = await (await get("/en/admin/journal.csv?action=csv.test")).text();
    expect(en).toContain("Date and time (UTC),Actor,Action id,Action,Subject type,");
  });

  it("exports every matching event, not only one page, and rejects a bad filter", async () => {
    const text = await (await get("/admin/journal.csv?action=bulk.test")).text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(76);
    const bad = await get("/admin/journal.csv?from=31/12/2024");
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Certaines valeurs sont invalides.");
  });

  it("reads batches by (time, id) without losing or repeating rows that share a time", async () => {
    const seen: string[] = [];
    for await (const batch of auditEventBatches(t.db, { action: "bulk.test" }, 7)) {
      seen.push(...batch.map((row) => row.id));
    }
    const [page1, page2] = await Promise.all(
      [1, 2].map((n) => listAuditEvents(t.db, { action: "bulk.test" }, n)),
    );
    expect(seen).toHaveLength(75);
    expect(new Set(seen).size).toBe(75);
    expect(seen).toEqual([...(page1?.items ?? []), ...(page2?.items ?? [])].map((r) => r.id));
  });

  it("answers the API with a page of presented events and the total", async () => {
    const res = await get("/api/v1/audit?action=bulk.test&page=2");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { subjectId: string }[] };
    expect(body).toMatchObject({ total: 75, page: 2, pageSize: 50 });
    expect(body.items).toHaveLength(25);
    const created = await get("/api/v1/audit?action=user.create&lang=en");
    const { items } = (await created.json()) as { items: Record<string, unknown>[] };
    expect(items[0]).toMatchObject({
      actorLabel: "cli",
      actorId: null,
      action: "user.create",
      actionLabel: "Account created",
      subjectType: "User",
      changes: { email: { from: null, to: "admin.export@example.org" } },
    });
    expect(items[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("answers a bad API filter with validation_failed and localised field messages", async () => {
    const res = await get("/api/v1/audit?from=2024-02-30&page=x");
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        id: "validation_failed",
        message: "Certaines valeurs sont invalides.",
        fields: {
          from: "Date invalide\u202f; format AAAA-MM-JJ.",
          page: "Numéro de page invalide.",
        },
      },
    });
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths).toHaveProperty("/api/v1/audit");
  });
});
