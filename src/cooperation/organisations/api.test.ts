import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { frenchSpaces as nbsp } from "../../platform/i18n/i18n.ts";
import { insertProject } from "../projects/test-fixtures.ts";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;
type ApiError = { error: { id: string; message: string; fields: Record<string, string> } };

const BRGM = {
  name: "BRGM",
  acronym: "BRGM",
  party: "fr",
  kind: "geological_survey",
  identifiers: { SIREN: "582056149" },
  website: "https://www.brgm.fr",
};

describe("organisation API", () => {
  let t: TestApp;
  let qc: Session;
  let fr: Session;
  let admin: Session;
  let reviewer: Session;
  let id = "";

  const call = (path: string, who?: Session, body?: object, lang?: string) =>
    t.api(body ? "POST" : "GET", path, { as: who, body, ...(lang && { lang }) });
  const snapshot = async () => ({
    rows: await t.db.query("SELECT * FROM organisations ORDER BY name"),
    events: (await t.db.query("SELECT id FROM audit_events")).length,
  });
  /** A refused update: its status, its error, and nothing changed in the database. */
  async function refused(
    send: () => Response | Promise<Response>,
    status: number,
    errorId: string,
  ) {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    const { error } = (await res.json()) as ApiError;
    expect(error.id).toBe(errorId);
    expect(await snapshot()).toEqual(before);
    return error;
  }

  beforeAll(async () => {
    t = await createTestApp();
    [qc, fr, admin, reviewer] = [
      await t.signIn("member-qc"),
      await t.signIn("member-fr"),
      await t.signIn("admin"),
      await t.signIn("reviewer"),
    ];
    const created = await call("/api/v1/organisations", fr, BRGM);
    expect(created.status).toBe(201);
    id = ((await created.json()) as { id: string }).id;
    await call("/api/v1/organisations", fr, { name: "Ifremer", party: "fr", kind: "agency" });
    // A shared project and one confidential to Québec: each reader counts only what they see.
    for (const [code, confidentialTo] of [
      ["P-2024-801", null],
      ["P-2024-802", "qc"],
    ] as const) {
      const projectId = await insertProject(t.db, { code, ownerParty: "qc", confidentialTo });
      await t.db.query(
        "INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, 'partner')",
        [projectId, id],
      );
    }
  }, 60_000);
  afterAll(() => t?.close());

  it("reads one organisation, counting the projects each reader sees", async () => {
    const projects = async (who?: Session) => {
      const res = await call(`/api/v1/organisations/${id}`, who);
      expect(res.status).toBe(200);
      return ((await res.json()) as { projects: number }).projects;
    };
    const body = await (await call(`/api/v1/organisations/${id}`)).json();
    expect(body).toEqual({ id, ...BRGM, projects: 0 });
    expect(await projects(fr)).toBe(1);
    expect(await projects(qc)).toBe(2);
    expect(await projects(admin)).toBe(2);

    const missing = await call("/api/v1/organisations/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ApiError).error.message).toBe("Organisation introuvable.");
    const garbage = await call("/api/v1/organisations/x'--?lang=en");
    expect(((await garbage.json()) as ApiError).error.message).toBe("Organisation not found.");
  });

  it("updates an organisation for any party's member, audited, and returns it", async () => {
    const changed = { ...BRGM, name: "BRGM – Service géologique national", identifiers: {} };
    const res = await call(`/api/v1/organisations/${id}`, qc, changed);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, ...changed, projects: 2 });
    const events = await t.db.query<{ subject_id: string; actor_label: string; changes: object }>(
      "SELECT subject_id, actor_label, changes FROM audit_events WHERE action = 'cooperation.organisation.update'",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject_id: id,
      actor_label: qc.email,
      changes: {
        name: { from: "BRGM", to: changed.name },
        identifiers: { from: { SIREN: "582056149" }, to: {} },
      },
    });
  });

  it("refuses reviewers and the public, writing nothing", async () => {
    const path = `/api/v1/organisations/${id}`;
    await refused(() => call(path, reviewer, BRGM), 403, "forbidden");
    await refused(() => call(path, undefined, BRGM), 401, "unauthenticated");
  });

  it("refuses bad fields, a taken name and an unknown organisation, in French and English", async () => {
    const path = `/api/v1/organisations/${id}`;
    const bad = { ...BRGM, party: "eu", website: "ftp://brgm.fr" };
    const inFrench = await refused(() => call(path, fr, bad), 422, "validation_failed");
    expect(inFrench.message).toBe("Certaines valeurs sont invalides.");
    expect(inFrench.fields.party).toBe(
      nbsp("Valeur non permise ; valeurs possibles : qc, fr, other."),
    );
    expect(inFrench.fields.website).toBeDefined();
    const inEnglish = await refused(() => call(path, fr, bad, "en-CA"), 422, "validation_failed");
    expect(inEnglish.fields.party).toBe("Value not allowed; possible values: qc, fr, other.");
    const missing = await refused(
      () => call(`${path}?lang=en`, fr, { party: "fr" }),
      422,
      "validation_failed",
    );
    expect(missing.fields).toMatchObject({ name: "Required field.", kind: "Required field." });

    const taken = await refused(
      () => call(path, fr, { ...BRGM, name: "IFREMER" }, "en"),
      409,
      "organisation_name_taken",
    );
    expect(taken.message).toBe("An organisation named “IFREMER” already exists.");
    await refused(
      () => call("/api/v1/organisations/00000000-0000-4000-8000-000000000000", fr, BRGM),
      404,
      "organisation_unknown",
    );
  });
});
