import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { frenchSpaces as nbsp } from "../../platform/i18n/i18n.ts";
import { insertProject } from "../projects/test-fixtures.ts";

const NOW = new Date("2024-06-20T15:00:00Z");
type Session = Awaited<ReturnType<TestApp["signIn"]>>;
type Body = Record<string, unknown>;

describe("project lifecycle API", () => {
  let t: TestApp;
  let qc: Session;
  let fr: Session;
  let admin: Session;
  let reviewer: Session;
  let code = "";
  let orgId = "";

  /** A JSON call as a signed-in user (CSRF header), or as the public when who is undefined. */
  const call = (
    path: string,
    who: Session | undefined,
    body?: Body,
    init: { method?: string; lang?: string } = {},
  ) => t.api(init.method ?? "POST", path, { as: who, body, lang: init.lang });
  const upload = (path: string, who: Session, form: FormData) =>
    t.request(path, {
      method: "POST",
      body: form,
      headers: { cookie: who.cookie, "x-csrf-token": who.csrf, origin: "http://localhost" },
    });
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
  const audits = async (action: string) =>
    t.db.query<{ subject_id: string; actor_label: string; changes: Record<string, unknown> }>(
      "SELECT subject_id, actor_label, changes FROM audit_events WHERE action = $1 ORDER BY at",
      [action],
    );
  /** Runs a refused call and checks that it wrote nothing, anywhere. */
  async function refused(send: () => Response | Promise<Response>, status: number, id: string) {
    const tables = ["project_status_history", "project_partners", "project_milestones"];
    const before = await Promise.all(
      [...tables, "project_documents", "projects", "audit_events"].map(count),
    );
    const r = await send();
    expect(r.status).toBe(status);
    const body = (await r.json()) as { error: { id: string; message: string; fields: Body } };
    expect(body.error.id).toBe(id);
    const after = await Promise.all(
      [...tables, "project_documents", "projects", "audit_events"].map(count),
    );
    expect(after).toEqual(before);
    return body.error;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    [qc, fr, admin, reviewer] = [
      await t.signIn("member-qc"),
      await t.signIn("member-fr"),
      await t.signIn("admin"),
      await t.signIn("reviewer"),
    ];
    const created = await call("/api/v1/projects", qc, {
      titleFr: "Recyclage des aimants",
      titleEn: "Magnet recycling",
      kind: "recycling",
      lines: ["2.1"],
    });
    expect(created.status).toBe(201);
    code = ((await created.json()) as { code: string }).code;
    const org = await call("/api/v1/organisations", qc, {
      name: "Géologie Québec",
      party: "qc",
      kind: "geological_survey",
    });
    orgId = ((await org.json()) as { id: string }).id;
    await insertProject(t.db, { code: "P-2023-950", ownerParty: "fr", confidentialTo: "fr" });
  }, 60_000);
  afterAll(() => t?.close());

  it("moves the status, dated and with a note, and returns the project with its history", async () => {
    const res = await call(`/api/v1/projects/${code}/status`, qc, {
      to: "under_study",
      onDate: "2024-06-20",
      note: "Étude lancée",
    });
    expect(res.status).toBe(200);
    const p = (await res.json()) as { status: string; history: Body[] };
    expect(p.status).toBe("under_study");
    expect(p.history.at(-1)).toEqual({
      from: "idea",
      to: "under_study",
      onDate: "2024-06-20",
      note: "Étude lancée",
    });
    const [event] = await audits("cooperation.project.status");
    expect(event?.subject_id).toBe(code);
    expect(event?.actor_label).toBe(qc.email);
    expect(event?.changes.status).toEqual({ from: "idea", to: "under_study" });

    // Without a date, the change is dated today.
    const today = await call(`/api/v1/projects/${code}/status`, admin, { to: "approved" });
    expect(((await today.json()) as { history: Body[] }).history.at(-1)?.onDate).toBe("2024-06-20");
  });

  it("refuses the status change to the other party, the public, reviewers and unseen projects", async () => {
    const path = `/api/v1/projects/${code}/status`;
    const move = { to: "in_progress", onDate: "2024-06-21" };
    await refused(() => call(path, fr, move), 403, "forbidden");
    await refused(() => call(path, reviewer, move), 403, "forbidden");
    await refused(() => call(path, undefined, move), 401, "unauthenticated");
    const hidden = await refused(
      () => call("/api/v1/projects/P-2023-950/status", qc, move),
      404,
      "project_unknown",
    );
    expect(hidden.message).toBe("Aucun projet ne porte le code P-2023-950.");
  });

  it("refuses a bad status change with localised reasons, writing nothing", async () => {
    const path = `/api/v1/projects/${code}/status`;
    const early = await refused(
      () => call(path, qc, { to: "in_progress", onDate: "2024-06-01" }),
      422,
      "validation_failed",
    );
    expect(early.fields.onDate).toBe("La date précède le dernier changement d’état du projet.");
    const earlyEn = await refused(
      () => call(path, qc, { to: "in_progress", onDate: "2024-06-01" }, { lang: "en-GB,en;q=0.8" }),
      422,
      "validation_failed",
    );
    expect(earlyEn.fields.onDate).toBe("The date is before the project's last change of status.");
    const unknown = await refused(
      () => call(`${path}?lang=en`, qc, { to: "finished" }),
      422,
      "validation_failed",
    );
    expect(unknown.fields.to).toMatch(/^Value not allowed; possible values: idea, under_study/);
    const skip = await refused(
      () => call(path, qc, { to: "completed" }),
      409,
      "project_transition_refused",
    );
    expect(skip.message).toBe(
      nbsp("Un projet à l’état « Approuvé » ne peut pas passer à l’état « Terminé »."),
    );
  });

  it("adds and removes a partner, audited, for the owning party only", async () => {
    const path = `/api/v1/projects/${code}/partners`;
    await refused(() => call(path, fr, { organisationId: orgId, role: "lead" }), 403, "forbidden");
    await refused(
      () => call(path, undefined, { organisationId: orgId, role: "lead" }),
      401,
      "unauthenticated",
    );
    const role = await refused(
      () => call(path, qc, { organisationId: orgId, role: "boss" }),
      422,
      "validation_failed",
    );
    expect(role.fields.role).toBe(
      nbsp("Valeur non permise ; valeurs possibles : lead, partner, funder, implementer."),
    );
    const org = await refused(
      () =>
        call(
          path,
          qc,
          { organisationId: "00000000-0000-4000-8000-000000000000", role: "lead" },
          { lang: "en" },
        ),
      422,
      "validation_failed",
    );
    expect(org.fields.organisationId).toBe("Choose an organisation.");

    const added = await call(path, qc, { organisationId: orgId, role: "lead" });
    expect(added.status).toBe(201);
    expect(((await added.json()) as { partners: Body[] }).partners).toEqual([
      { organisationId: orgId, name: "Géologie Québec", role: "lead" },
    ]);
    expect((await audits("cooperation.project.partner.add"))[0]?.changes.partner).toEqual({
      from: null,
      to: "Géologie Québec (lead)",
    });

    await refused(
      () => call(`${path}/remove`, fr, { organisationId: orgId, role: "lead" }),
      403,
      "forbidden",
    );
    await refused(
      () => call(`${path}/remove`, qc, { organisationId: orgId, role: "funder" }),
      404,
      "not_found",
    );
    const removed = await call(`${path}/remove`, qc, { organisationId: orgId, role: "lead" });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { partners: Body[] }).partners).toEqual([]);
    expect(await audits("cooperation.project.partner.remove")).toHaveLength(1);
  });

  it("adds a milestone and marks it done, naming the API's fields in its errors", async () => {
    const path = `/api/v1/projects/${code}/milestones`;
    const bad = { titleFr: " ", titleEn: "Report", dueOn: "2024-02-30" };
    const fr1 = await refused(() => call(path, qc, bad), 422, "validation_failed");
    expect(fr1.fields).toEqual({
      titleFr: "Champ obligatoire (300 caractères au plus).",
      dueOn: nbsp("Date invalide : format AAAA-MM-JJ, date existante."),
    });
    const en = await refused(() => call(path, qc, bad, { lang: "en" }), 422, "validation_failed");
    expect(en.fields.titleFr).toBe("Required field (300 characters at most).");
    await refused(() => call(path, fr, { ...bad, titleFr: "Rapport" }), 403, "forbidden");
    await refused(
      () => call(path, undefined, { ...bad, titleFr: "Rapport" }),
      401,
      "unauthenticated",
    );

    const res = await call(path, qc, {
      titleFr: "Rapport",
      titleEn: "Report",
      dueOn: "2024-12-31",
    });
    expect(res.status).toBe(201);
    const [m] = ((await res.json()) as { milestones: { id: string; doneOn: string | null }[] })
      .milestones;
    expect(m).toMatchObject({ titleFr: "Rapport", dueOn: "2024-12-31", doneOn: null });
    expect((await audits("cooperation.project.milestone.add"))[0]?.changes.milestone_id).toEqual({
      from: null,
      to: m?.id,
    });

    const done = `${path}/${m?.id}/done`;
    const date = await refused(
      () => call(done, qc, { doneOn: "2 juillet" }),
      422,
      "validation_failed",
    );
    expect(date.fields.doneOn).toBe(nbsp("Date invalide : format AAAA-MM-JJ, date existante."));
    await refused(() => call(done, fr, { doneOn: "2024-07-02" }), 403, "forbidden");
    await refused(
      () => call(`${path}/00000000-0000-4000-8000-000000000000/done`, qc, {}),
      404,
      "not_found",
    );
    // No body: done today.
    const ok = await t.request(done, {
      method: "POST",
      headers: { cookie: qc.cookie, "x-csrf-token": qc.csrf },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { milestones: Body[] }).milestones[0]?.doneOn).toBe("2024-06-20");
    expect((await audits("cooperation.project.milestone.done"))[0]?.changes.done_on).toEqual({
      from: null,
      to: "2024-06-20",
    });
  });

  it("attaches a document and serves it back as a download to those who see the project", async () => {
    const path = `/api/v1/projects/${code}/documents`;
    const content = new TextEncoder().encode("<svg onload=alert(1)></svg>");
    const form = () => {
      const f = new FormData();
      f.set("title", "Carte");
      f.set("document", new File([content], "carte géologique.svg", { type: "image/svg+xml" }));
      return f;
    };
    const empty = new FormData();
    empty.set("title", "");
    const missing = await refused(
      () => upload(`${path}?lang=en`, qc, empty),
      422,
      "validation_failed",
    );
    expect(missing.fields).toEqual({
      title: "Title required (300 characters at most).",
      document: "Choose a non-empty file.",
    });
    const big = new FormData();
    big.set("title", "Trop gros");
    big.set("document", new File([new Uint8Array(10 * 1024 * 1024 + 1)], "gros.bin"));
    const tooBig = await refused(() => upload(path, qc, big), 413, "payload_too_large");
    expect(tooBig.message).toBe("Le contenu envoyé est trop volumineux.");
    await refused(() => upload(path, fr, form()), 403, "forbidden");

    const res = await upload(path, qc, form());
    expect(res.status).toBe(201);
    const [doc] = ((await res.json()) as { documents: { id: string; url: string }[] }).documents;
    const sha256 = createHash("sha256").update(content).digest("hex");
    expect(doc).toMatchObject({ title: "Carte", size: content.byteLength, sha256 });
    expect(res.headers.get("location")).toBe(`${path}/${doc?.id}`);
    expect(doc?.url).toBe(`http://localhost${path}/${doc?.id}`);
    expect((await audits("cooperation.project.document.add"))[0]?.changes.sha256).toEqual({
      from: null,
      to: sha256,
    });

    const file = await t.request(`${path}/${doc?.id}`, { headers: { cookie: fr.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/octet-stream");
    expect(file.headers.get("content-disposition")).toBe(
      "attachment; filename=\"carte geologique.svg\"; filename*=UTF-8''carte%20g%C3%A9ologique.svg",
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(content);
    // The project is not published: the public does not learn that it or its files exist.
    expect((await t.request(`${path}/${doc?.id}`)).status).toBe(404);
    expect(
      (
        await t.request(`${path}/00000000-0000-4000-8000-000000000000`, {
          headers: { cookie: fr.cookie },
        })
      ).status,
    ).toBe(404);
  });

  it("deletes a project only with confirm=true, for the owning party, and records it", async () => {
    const path = `/api/v1/projects/${code}`;
    const del = { method: "DELETE" };
    const unconfirmed = await refused(
      () => call(path, qc, undefined, del),
      422,
      "project_delete_query_unconfirmed",
    );
    expect(unconfirmed.message).toBe(
      `Pour supprimer définitivement le projet ${code} et tout ce qui s’y rattache, confirmez en ajoutant confirm=true à la requête.`,
    );
    const en = await refused(
      () => call(`${path}?confirm=yes`, qc, undefined, { ...del, lang: "en" }),
      422,
      "project_delete_query_unconfirmed",
    );
    expect(en.message).toBe(
      `To delete project ${code} and everything attached to it for good, confirm by adding confirm=true to the query.`,
    );
    await refused(() => call(`${path}?confirm=true`, fr, undefined, del), 403, "forbidden");
    await refused(
      () => call(`${path}?confirm=true`, undefined, undefined, del),
      401,
      "unauthenticated",
    );
    await refused(
      () => call("/api/v1/projects/P-2023-950?confirm=true", qc, undefined, del),
      404,
      "project_unknown",
    );

    const done = await call(`${path}?confirm=true`, qc, undefined, del);
    expect(done.status).toBe(204);
    expect((await call(path, qc, undefined, { method: "GET" })).status).toBe(404);
    expect(await count("project_documents")).toBe(0);
    expect(await count("project_milestones")).toBe(0);
    const [event] = await audits("cooperation.project.delete");
    expect(event?.subject_id).toBe(code);
    expect(event?.actor_label).toBe(qc.email);
  });

  it("describes every new route in the OpenAPI document, in French and English", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { summary: string }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const routes = [
      ["post", "/api/v1/projects/{code}/status"],
      ["post", "/api/v1/projects/{code}/partners"],
      ["post", "/api/v1/projects/{code}/partners/remove"],
      ["post", "/api/v1/projects/{code}/milestones"],
      ["post", "/api/v1/projects/{code}/milestones/{id}/done"],
      ["post", "/api/v1/projects/{code}/documents"],
      ["get", "/api/v1/projects/{code}/documents/{id}"],
      ["delete", "/api/v1/projects/{code}"],
      ["get", "/api/v1/organisations/{id}"],
      ["post", "/api/v1/organisations/{id}"],
    ] as const;
    for (const [method, path] of routes) {
      expect(doc.paths[path]?.[method]?.summary, `${method} ${path}`).toMatch(/^\S.* \/ \S/);
    }
    expect(doc.components.schemas.DocumentUpload?.required).toEqual(["title", "document"]);
  });
});
