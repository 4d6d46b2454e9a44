import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../app/seed.ts";
import { type ApiError, spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { issueToken } from "../../platform/auth/commands.ts";

/**
 * The workflow through the API alone, as a script would drive it: drafted by a member of
 * Québec, approved by a member of France and a second member of Québec (the author cannot
 * approve), published; and each refusal, in French then English, leaving the brief as it was.
 */
let t: TestApp;
type Session = Awaited<ReturnType<TestApp["signIn"]>>;
let qc: Session;
let qc2: Session;
let fr: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp({ template: "reference" });
  await seed(t.db, { demo: true });
  qc = await t.signIn("member-qc");
  qc2 = await t.signIn("member-qc");
  fr = await t.signIn("member-fr");
  admin = await t.signIn("admin");
}, 120_000);
afterAll(() => t?.close());

const API = "/api/v1/criticality/briefs";
const UNKNOWN = "6f0c2b1e-6a47-4c5e-9a43-0d2f1b9f6c10";
const FULL = {
  titleFr: "Terres rares : l’aimantation du marché",
  titleEn: "Rare earths: a magnetised market",
  summaryFr: "La Chine raffine près de 90 % des terres rares.",
  summaryEn: "China refines close to 90% of rare earths.",
  conclusionsFr: "Soutenir le raffinage hors de Chine.",
  conclusionsEn: "Support refining outside China.",
  materials: ["natural-graphite"],
  projects: ["P-2024-005"],
};

type BriefJson = {
  id: string;
  status: string;
  version: number;
  summary: { fr: string; en: string };
  approvals: { party: string; name: string | null }[];
  publishedAt: string | null;
};

const call = (method: string, path: string, as?: Session, body?: unknown, lang?: string) =>
  t.api(method, path, { as, body, ...(lang ? { lang } : {}) });

async function ok(res: Response, status = 200): Promise<BriefJson> {
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(status);
  return JSON.parse(text) as BriefJson;
}

async function draft(as: Session, body: Record<string, unknown> = FULL): Promise<string> {
  return (await ok(await call("POST", API, as, body), 201)).id;
}

/** Everything a refusal must leave as it was: the brief, its versions, approvals and audit. */
const snapshot = async (id: string) => ({
  brief: await t.db.query(
    "SELECT status, version, content, rejection_reason, published_at FROM analysis_briefs WHERE id = $1",
    [id],
  ),
  versions: await t.db.query(
    "SELECT count(*)::int AS n FROM analysis_brief_versions WHERE brief_id = $1",
    [id],
  ),
  approvals: await t.db.query(
    "SELECT party, approver_id FROM analysis_brief_approvals WHERE brief_id = $1 ORDER BY party",
    [id],
  ),
  audit: await t.db.query(
    "SELECT count(*)::int AS n FROM audit_events WHERE subject_type = 'AnalysisBrief'",
  ),
});

/**
 * Sends the refused call in French (the default), then in English: the same status and error id
 * both times, and nothing changed; returns both messages.
 */
async function refused(
  id: string,
  req: { method?: string; path: string; as?: Session; body?: unknown },
  status: number,
  errorId: string,
) {
  const before = await snapshot(id);
  const messages: string[] = [];
  for (const lang of [undefined, "en"]) {
    const res = await call(req.method ?? "POST", req.path, req.as, req.body, lang);
    const body = (await res.json()) as ApiError;
    expect([res.status, body.error.id]).toEqual([status, errorId]);
    messages.push(spaced(body.error.message));
  }
  expect(await snapshot(id)).toEqual(before);
  return { fr: messages[0] ?? "", en: messages[1] ?? "" };
}

describe("the briefs' workflow through the API", () => {
  it("drafts, edits, compares versions, submits, gets both approvals and publishes", async () => {
    const id = await draft(qc);
    const edited = await ok(
      await call("POST", `${API}/${id}`, fr, {
        ...FULL,
        summaryFr: "La Chine raffine 89,5 % des terres rares.",
      }),
    );
    expect([edited.status, edited.version, edited.summary.fr]).toEqual([
      "draft",
      2,
      "La Chine raffine 89,5 % des terres rares.",
    ]);
    // The same form again saves no version.
    expect(
      (await ok(await call("POST", `${API}/${id}`, fr, { ...FULL, summaryFr: edited.summary.fr })))
        .version,
    ).toBe(2);

    const versions = (await (await call("GET", `${API}/${id}/versions`, qc)).json()) as {
      items: { number: number; title: { fr: string }; savedBy: string | null }[];
    };
    expect(versions.items.map((v) => [v.number, v.title.fr, v.savedBy])).toEqual([
      [1, FULL.titleFr, "Test member-qc"],
      [2, FULL.titleFr, "Test member-fr"],
    ]);
    const diff = (await (
      await call("GET", `${API}/${id}/versions/diff?from=1&to=2`, qc)
    ).json()) as {
      from: number;
      to: number;
      fields: { field: string; label: { fr: string }; segments: { op: string; text: string }[] }[];
    };
    expect([diff.from, diff.to, diff.fields.map((f) => f.field)]).toEqual([1, 2, ["summaryFr"]]);
    expect(diff.fields[0]?.label.fr).toBe("Résumé (français)");
    expect(diff.fields[0]?.segments.filter((s) => s.op !== "same")).toEqual([
      { op: "removed", text: "près de 90" },
      { op: "added", text: "89,5" },
    ]);
    // By default, the last but one against the last.
    const byDefault = (await (await call("GET", `${API}/${id}/versions/diff`, fr)).json()) as {
      from: number;
      to: number;
    };
    expect([byDefault.from, byDefault.to]).toEqual([1, 2]);

    expect((await ok(await call("POST", `${API}/${id}/submit`, qc))).status).toBe("in_review");
    const once = await ok(await call("POST", `${API}/${id}/approve`, fr));
    expect([once.status, once.approvals.map((a) => a.party)]).toEqual(["in_review", ["fr"]]);
    const twice = await ok(await call("POST", `${API}/${id}/approve`, qc2));
    expect([twice.status, twice.approvals.map((a) => a.party).sort()]).toEqual([
      "approved",
      ["fr", "qc"],
    ]);
    const published = await ok(await call("POST", `${API}/${id}/publish`, fr));
    expect(published.status).toBe("published");
    expect(published.publishedAt).not.toBeNull();

    // Public now, to anyone; its history was written by the same commands as the pages'.
    expect((await ok(await call("GET", `${API}/${id}`))).status).toBe("published");
    const actions = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at, id",
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      "analysis_brief.create",
      "analysis_brief.update",
      "analysis_brief.submit",
      "analysis_brief.approve",
      "analysis_brief.approve",
      "analysis_brief.publish",
    ]);
  });

  it("sends back to draft with a reason, the approvals lapsing", async () => {
    const id = await draft(fr);
    await ok(await call("POST", `${API}/${id}/submit`, fr));
    await ok(await call("POST", `${API}/${id}/approve`, qc));
    const back = await ok(
      await call("POST", `${API}/${id}/reject`, qc2, { reason: "Chiffres de 2022 à actualiser." }),
    );
    expect([back.status, back.approvals]).toEqual(["draft", []]);
    const [row] = await t.db.query<{ rejection_reason: string }>(
      "SELECT rejection_reason FROM analysis_briefs WHERE id = $1",
      [id],
    );
    expect(row?.rejection_reason).toBe("Chiffres de 2022 à actualiser.");
  });

  it("refuses an unknown brief, by name, for every step", async () => {
    const id = await draft(qc);
    for (const [path, body] of [
      [`${API}/${UNKNOWN}`, FULL],
      [`${API}/${UNKNOWN}/submit`, undefined],
      [`${API}/${UNKNOWN}/approve`, undefined],
      [`${API}/${UNKNOWN}/reject`, { reason: "Pourquoi pas." }],
      [`${API}/${UNKNOWN}/publish`, undefined],
    ] as const) {
      const m = await refused(id, { path, as: fr, body }, 404, "not_found");
      expect(m.fr).toBe("La page ou la ressource demandée est introuvable.");
      expect(m.en).toBe("The page or resource you asked for cannot be found.");
    }
    for (const path of [`${API}/${UNKNOWN}/versions`, `${API}/${UNKNOWN}/versions/diff`])
      expect((await refused(id, { method: "GET", path, as: fr }, 404, "not_found")).en).toContain(
        "cannot be found",
      );
    const v = await refused(
      id,
      { method: "GET", path: `${API}/${id}/versions/diff?from=1&to=7`, as: fr },
      422,
      "brief_version_unknown",
    );
    expect(v.fr).toBe("Version inconnue : « 7 ». Versions de cette note : 1 à 1.");
    expect(v.en).toBe("Unknown version: “7”. Versions of this brief: 1 to 1.");
  });

  it("refuses the author's approval and a second approval by the same party", async () => {
    const id = await draft(qc);
    await ok(await call("POST", `${API}/${id}/submit`, qc));
    const self = await refused(
      id,
      { path: `${API}/${id}/approve`, as: qc },
      409,
      "brief_author_cannot_approve",
    );
    expect(self.fr).toBe(
      "Test member-qc a rédigé cette note et ne peut pas l’approuver : il faut un membre de chaque partie autre que l’auteur ou l’autrice.",
    );
    expect(self.en).toContain("Test member-qc drafted this brief and cannot approve it");
    await ok(await call("POST", `${API}/${id}/approve`, qc2));
    const again = await refused(
      id,
      { path: `${API}/${id}/approve`, as: qc2 },
      409,
      "brief_party_already_approved",
    );
    expect(again.fr).toBe(
      "La partie Québec a déjà approuvé cette note (Test member-qc) ; il manque l’approbation de : France.",
    );
    expect(again.en).toBe(
      "The Québec party has already approved this brief (Test member-qc); still missing: France.",
    );
  });

  it("refuses publication without the English texts, and a rejection without a reason", async () => {
    const id = await draft(qc, { ...FULL, conclusionsEn: "" });
    await ok(await call("POST", `${API}/${id}/submit`, qc));
    await ok(await call("POST", `${API}/${id}/approve`, fr));
    expect((await ok(await call("POST", `${API}/${id}/approve`, qc2))).status).toBe("approved");
    const publish = await refused(
      id,
      { path: `${API}/${id}/publish`, as: fr },
      422,
      "brief_translation_missing",
    );
    expect(publish.fr).toBe(
      "La note ne peut pas être publiée sans ses textes en français et en anglais ; il manque : Conclusions (anglais).",
    );
    expect(publish.en).toContain("missing: Conclusions (English)");
    for (const reason of ["", "   "]) {
      const m = await refused(
        id,
        { path: `${API}/${id}/reject`, as: fr, body: { reason } },
        422,
        "brief_reason_required",
      );
      expect(m.fr).toBe("Donnez la raison du renvoi en brouillon (1 à 2000 caractères).");
      expect(m.en).toBe(
        "Give the reason for sending the brief back to draft (1 to 2000 characters).",
      );
    }
    const missing = await refused(
      id,
      { path: `${API}/${id}/reject`, as: fr, body: {} },
      422,
      "validation_failed",
    );
    expect(missing.fr).toBe("Certaines valeurs sont invalides.");
    // An approved brief is no draft: no edit, no second submission.
    const edit = await refused(
      id,
      { path: `${API}/${id}`, as: fr, body: FULL },
      409,
      "brief_not_draft",
    );
    expect(edit.fr).toBe("Seul un brouillon se modifie ; cette note est à l’état « Approuvée ».");
    await refused(id, { path: `${API}/${id}/submit`, as: fr }, 409, "brief_transition_refused");
  });

  it("follows the API's conventions: rules, CSRF header for sessions, Bearer tokens", async () => {
    const id = await draft(qc);
    // The public and administrators do not take part in the workflow.
    await refused(id, { path: `${API}/${id}/submit` }, 401, "unauthenticated");
    await refused(id, { path: `${API}/${id}/approve`, as: admin }, 403, "forbidden");
    await refused(id, { method: "GET", path: `${API}/${id}/versions` }, 401, "unauthenticated");
    // A session without the X-CSRF-Token header is refused; a Bearer token needs none.
    const before = await snapshot(id);
    const noHeader = await t.request(`${API}/${id}/submit`, {
      method: "POST",
      headers: { accept: "application/json", cookie: qc.cookie },
    });
    expect(noHeader.status).toBe(403);
    expect(((await noHeader.json()) as ApiError).error.id).toBe("csrf_failed");
    expect(await snapshot(id)).toEqual(before);
    const { token } = await issueToken(t.db, qc.user.id, "script", null);
    const byToken = await t.request(`${API}/${id}/submit`, {
      method: "POST",
      headers: { accept: "application/json", authorization: `Bearer ${token}` },
    });
    expect(byToken.status).toBe(200);
    expect(((await byToken.json()) as BriefJson).status).toBe("in_review");
  });
});
