import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { submitApplication } from "../applications/commands.ts";
import { insertCall } from "../applications/test-fixtures.ts";
import { remindReviewers } from "./assignment-commands.ts";
import { rankingOf } from "./ranking.ts";
import { insertGrid, submittedApplication } from "./test-fixtures.ts";

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
const DURING = new Date("2026-03-20T12:00:00Z");
const AFTER = new Date("2026-04-02T12:00:00Z");
// Due 2026-04-20 at 23:59 in Toronto: 2026-04-21T03:59Z.
const DUE = "2026-04-20";

type Session = Awaited<ReturnType<TestApp["signIn"]>>;

const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

describe("review of a call's applications", () => {
  let t: TestApp;
  let call: Awaited<ReturnType<typeof insertCall>>;
  let grid: Awaited<ReturnType<typeof insertGrid>>;
  let qc: Session;
  let fr: Session;
  let applicant: Session;
  let r1: Session; // Québec, Polytechnique Montréal
  let r2: Session; // France, Université de Lorraine
  let r3: Session; // France, Mines Paris
  let rLaval: Session; // Québec, from a partner organisation
  let app1: string;
  let app2: string;
  let app3: string;

  const get = (path: string, as?: Session) =>
    t.request(path, { headers: as ? { cookie: as.cookie } : {} });
  const post = (path: string, as: Session, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: as.csrf });
    for (const [k, v] of Object.entries(fields)) {
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    }
    return t.request(path, {
      method: "POST",
      body,
      headers: { cookie: as.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
  };
  const base = (id: string) => `/appels/${call.code}/evaluation/${id}`;
  const count = async (sql: string, params: unknown[] = []) => {
    const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row?.n ?? -1;
  };
  const screening = (eligible: "yes" | "no", extra: Record<string, string> = {}) => ({
    [`check_${grid.eligibility[0]}`]: "yes",
    [`check_${grid.eligibility[1]}`]: eligible,
    eligible,
    reason: "",
    privateNote: "",
    ...extra,
  });
  const assignmentOf = async (app: string, reviewer: Session) => {
    const [row] = await t.db.query<{ id: string }>(
      `SELECT id FROM review_assignments
        WHERE application_id = $1 AND reviewer_id = $2 AND recused_at IS NULL`,
      [app, reviewer.user.id],
    );
    return row?.id as string;
  };
  const scoresForm = (
    q: string,
    i: string,
    k: string,
    action: "save" | "submit",
    comment = "",
  ) => ({
    [`score_${grid.quality}`]: q,
    [`comment_${grid.quality}`]: comment,
    [`score_${grid.impact}`]: i,
    [`comment_${grid.impact}`]: "",
    [`score_${grid.consortium}`]: k,
    [`comment_${grid.consortium}`]: "",
    action,
  });

  beforeAll(async () => {
    t = await createTestApp({ now: () => AFTER });
    call = await insertCall(t.db, { opensAt: OPENS, closesAt: CLOSES });
    grid = await insertGrid(t.db, call.id);
    qc = await t.signIn("member-qc");
    fr = await t.signIn("member-fr");
    applicant = await t.signIn("applicant", "porteur@example.org");
    r1 = await t.signIn("reviewer", "r1@example.org");
    r2 = await t.signIn("reviewer", "r2@example.org");
    r3 = await t.signIn("reviewer", "r3@example.org");
    rLaval = await t.signIn("reviewer", "laval@example.org");
    app1 = await submittedApplication(t.db, call, applicant.user.id, "Graphite sphérique", DURING);
    app2 = await submittedApplication(
      t.db,
      call,
      applicant.user.id,
      "Recyclage du lithium",
      DURING,
    );
    app3 = await submittedApplication(t.db, call, applicant.user.id, "Terres rares", DURING);
    for (const [who, party, organisation] of [
      [r1, "qc", "Polytechnique Montréal"],
      [r2, "fr", "Université de Lorraine"],
      [r3, "fr", "Mines Paris"],
      [rLaval, "qc", "universite  LAVAL"],
    ] as const) {
      const res = await post(`/evaluateurs/${who.user.id}`, qc, { party, organisation });
      expect(res.status).toBe(303);
    }
  });
  afterAll(() => t?.close());

  it("requires a reason when a party finds an application ineligible, and saves nothing without", async () => {
    const res = await post(`${base(app1)}/examen`, qc, screening("no"));
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toContain(
      "il est obligatoire quand la candidature est jugée non admissible",
    );
    expect(await count("application_screenings WHERE application_id = $1", [app1])).toBe(0);
  });

  it("records each party's screening; the private note never reaches the applicant", async () => {
    const res = await post(
      `${base(app1)}/examen`,
      qc,
      screening("yes", { privateNote: "NOTE-PRIVEE-QC" }),
    );
    expect(res.status).toBe(303);
    const dashboard = plain(await (await get(`/appels/${call.code}/evaluation`, fr)).text());
    expect(dashboard).toContain("Admissible");
    expect(dashboard).toContain("À examiner");
    const official = await (await get(base(app1), fr)).text();
    expect(official).toContain("NOTE-PRIVEE-QC");
    const own = await (await get(`/candidatures/${app1}`, applicant)).text();
    expect(own).not.toContain("NOTE-PRIVEE-QC");
    const api = await t.api("GET", `/api/v1/applications/${app1}`, { as: applicant });
    expect(JSON.stringify(await api.json())).not.toContain("NOTE-PRIVEE-QC");
  });

  it("assigns reviewers only once both parties found the application eligible", async () => {
    const early = await post(`${base(app1)}/evaluateurs`, qc, {
      reviewers: [r1.user.id, r2.user.id],
      due: DUE,
    });
    expect(early.status).toBe(409);
    expect(await count("review_assignments")).toBe(0);
    expect((await post(`${base(app1)}/examen`, fr, screening("yes"))).status).toBe(303);
    expect((await post(`${base(app2)}/examen`, qc, screening("yes"))).status).toBe(303);
    expect((await post(`${base(app2)}/examen`, fr, screening("yes"))).status).toBe(303);
  });

  it("needs two reviewers with at least one from each party", async () => {
    const sameParty = await post(`${base(app1)}/evaluateurs`, qc, {
      reviewers: [r2.user.id, r3.user.id],
      due: DUE,
    });
    expect(sameParty.status).toBe(422);
    expect(plain(await sameParty.text())).toContain("au moins un de chaque partie");
    const alone = await post(`${base(app1)}/evaluateurs`, qc, { reviewers: r1.user.id, due: DUE });
    expect(alone.status).toBe(422);
    expect(await count("review_assignments")).toBe(0);
  });

  it("never assigns a reviewer from a partner organisation (accents and case aside)", async () => {
    const res = await post(`${base(app1)}/evaluateurs`, fr, {
      reviewers: [rLaval.user.id, r2.user.id],
      due: DUE,
    });
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toContain("appartient à Université Laval, partenaire");
    expect(await count("review_assignments")).toBe(0);
  });

  it("assigns the version submitted and mails each reviewer", async () => {
    const res = await post(`${base(app1)}/evaluateurs`, qc, {
      reviewers: [r1.user.id, r2.user.id],
      due: DUE,
    });
    expect(res.status).toBe(303);
    const rows = await t.db.query<{ version_number: number }>(
      `SELECT version_number FROM review_assignments WHERE application_id = $1`,
      [app1],
    );
    expect(rows.map((r) => r.version_number)).toEqual([1, 1]);
    expect(
      await count(`mail_outbox WHERE to_address IN ('r1@example.org', 'r2@example.org')`),
    ).toBe(2);
  });

  it("shows a reviewer only call, title and partners until they declare no conflict", async () => {
    const a = await assignmentOf(app1, r1);
    const before = plain(await (await get(`/evaluations/${a}`, r1)).text());
    expect(before).toContain("Graphite sphérique");
    expect(before).toContain("Université Laval");
    expect(before).toContain(call.code);
    expect(before).not.toContain("Purification du graphite naturel.");
    expect(before).not.toContain(`score_${grid.quality}`);
    const file = `/evaluations/${a}/pieces/${call.requiredDocumentId}`;
    expect((await get(file, r1)).status).toBe(409);
    const early = await post(`/evaluations/${a}/notes`, r1, scoresForm("5", "3", "1", "save"));
    expect(early.status).toBe(409);
    expect(await count("review_scores")).toBe(0);
    expect((await post(`/evaluations/${a}/conflit`, r1, {})).status).toBe(303);
    const after = plain(await (await get(`/evaluations/${a}`, r1)).text());
    expect(after).toContain("Purification du graphite naturel.");
    expect(after).toContain(`score_${grid.quality}`);
    const pdf = await get(file, r1);
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
  });

  it("never shows an unassigned application to a reviewer, route by route", async () => {
    const a = await assignmentOf(app1, r1);
    expect((await get(`/evaluations/${a}`, r3)).status).toBe(404);
    expect((await post(`/evaluations/${a}/conflit`, r3, {})).status).toBe(404);
    expect((await get(`/evaluations/${a}/pieces/${call.requiredDocumentId}`, r3)).status).toBe(404);
    expect((await post(`/evaluations/${a}/recusation`, r3, { reason: "x" })).status).toBe(404);
    expect(
      (await post(`/evaluations/${a}/notes`, r3, scoresForm("1", "1", "1", "submit"))).status,
    ).toBe(404);
    expect(plain(await (await get("/evaluations", r3)).text())).not.toContain("Graphite");
    // Officials' pages and the ranking are not reviewers' either.
    expect((await get(`/appels/${call.code}/evaluation`, r1)).status).toBe(403);
    expect((await get(base(app1), r1)).status).toBe(403);
    expect((await t.api("GET", `/api/v1/calls/${call.code}/ranking`, { as: r1 })).status).toBe(403);
    expect((await get(`/evaluations/${a}`, applicant)).status).toBe(403);
  });

  it("refuses a score outside 0–5 with a localised 422 and saves nothing", async () => {
    const a = await assignmentOf(app1, r1);
    for (const bad of ["6", "-1", "2.5", "trois"]) {
      const res = await post(`/evaluations/${a}/notes`, r1, scoresForm(bad, "3", "1", "save"));
      expect(res.status).toBe(422);
      expect(plain(await res.text())).toContain("Une note est un nombre entier de 0 à 5");
    }
    expect(await count("review_scores")).toBe(0);
    const en = await post(`/en/evaluations/${a}/notes`, r1, scoresForm("9", "3", "1", "save"));
    expect(plain(await en.text())).toContain("A score is a whole number from 0 to 5");
  });

  it("saves a draft, refuses an incomplete submission, then locks the submitted review", async () => {
    const a = await assignmentOf(app1, r1);
    expect(
      (await post(`/evaluations/${a}/notes`, r1, scoresForm("5", "", "", "save"))).status,
    ).toBe(303);
    expect(await count("review_scores WHERE assignment_id = $1", [a])).toBe(3);
    expect(
      (await post(`/evaluations/${a}/notes`, r1, scoresForm("5", "", "", "submit"))).status,
    ).toBe(422);
  });

  it("never shows another reviewer's scores before the reader submitted their own", async () => {
    const a1 = await assignmentOf(app1, r1);
    const a2 = await assignmentOf(app1, r2);
    expect((await post(`/evaluations/${a2}/conflit`, r2, {})).status).toBe(303);
    const submitted = await post(
      `/evaluations/${a2}/notes`,
      r2,
      scoresForm("2", "4", "4", "submit", "AVIS-DE-R2"),
    );
    expect(submitted.status).toBe(303);
    expect(await (await get(`/evaluations/${a1}`, r1)).text()).not.toContain("AVIS-DE-R2");
    expect(
      (await post(`/evaluations/${a1}/notes`, r1, scoresForm("5", "3", "1", "submit", "AVIS-R1")))
        .status,
    ).toBe(303);
    expect(await (await get(`/evaluations/${a1}`, r1)).text()).toContain("AVIS-DE-R2");
    const again = await post(`/evaluations/${a1}/notes`, r1, scoresForm("0", "0", "0", "save"));
    expect(again.status).toBe(409);
    const [q] = await t.db.query<{ score: number }>(
      `SELECT score FROM review_scores WHERE assignment_id = $1 AND criterion_id = $2`,
      [a1, grid.quality],
    );
    expect(q?.score).toBe(5);
  });

  it("ranks by the weighted mean computed by hand, flags disagreements, unreviewed last", async () => {
    // r1: (2·5 + 3 + 1) / 4 = 3.5; r2: (2·2 + 4 + 4) / 4 = 3; mean (3.5 + 3) / 2 = 3.25.
    // Quality 5 vs 2 and consortium 1 vs 4 are 3 points apart; impact 3 vs 4 is not.
    const ranking = await rankingOf(t.db, call.id);
    expect(ranking.map((r) => r.reference)).toHaveLength(2);
    expect(ranking[0]).toMatchObject({
      applicationId: app1,
      rank: 1,
      reviewsAsked: 2,
      reviewsReceived: 2,
    });
    expect(ranking[0]?.mean).toBeCloseTo(3.25, 10);
    expect(ranking[0]?.disagreements.map((d) => d.labelFr)).toEqual([
      "Qualité scientifique",
      "Consortium",
    ]);
    expect(ranking[1]).toMatchObject({ applicationId: app2, rank: null, mean: null });
    const api = await t.api("GET", `/api/v1/calls/${call.code}/ranking`, { as: fr });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { items: { mean: number | null; reviewsAsked: number }[] };
    expect(body.items.map((i) => i.mean)).toEqual([3.25, null]);
    const page = plain(await (await get(`/appels/${call.code}/evaluation`, qc)).text());
    expect(page).toContain("3,25");
    expect(page).toContain("Qualité scientifique, Consortium");
    // Officials read every submitted review, and the reviewers' comments.
    const official = await (await get(base(app1), fr)).text();
    expect(official).toContain("AVIS-DE-R2");
    expect(official).toContain("AVIS-R1");
  });

  it("lets a reviewer recuse, and the official assigns a replacement", async () => {
    expect(
      (
        await post(`${base(app2)}/evaluateurs`, qc, {
          reviewers: [r1.user.id, r3.user.id],
          due: DUE,
        })
      ).status,
    ).toBe(303);
    const a3 = await assignmentOf(app2, r3);
    expect((await post(`/evaluations/${a3}/recusation`, r3, { reason: "" })).status).toBe(422);
    expect(
      (await post(`/evaluations/${a3}/recusation`, r3, { reason: "Ancien collègue du porteur" }))
        .status,
    ).toBe(303);
    const page = plain(await (await get(base(app2), qc)).text());
    expect(page).toContain("Récusé — Ancien collègue du porteur");
    expect(page).toContain("désignez une personne pour le remplacer");
    expect(
      (await post(`${base(app2)}/evaluateurs`, qc, { reviewers: r2.user.id, due: DUE })).status,
    ).toBe(303);
    const [row] = await rankingOf(t.db, call.id).then((r) =>
      r.filter((x) => x.applicationId === app2),
    );
    expect(row?.reviewsAsked).toBe(2);
  });

  it("sends an application back for correction with a message, mailed to its owner", async () => {
    const empty = await post(`${base(app3)}/correction`, fr, { message: " " });
    expect(empty.status).toBe(422);
    const res = await post(`${base(app3)}/correction`, fr, {
      message: "Ajoutez la lettre du BRGM.",
    });
    expect(res.status).toBe(303);
    const [row] = await t.db.query<{ status: string }>(
      `SELECT status FROM applications WHERE id = $1`,
      [app3],
    );
    expect(row?.status).toBe("correction_requested");
    expect(
      await count(
        `mail_outbox WHERE to_address = 'porteur@example.org' AND body_text LIKE '%lettre du BRGM%'`,
      ),
    ).toBe(1);
    expect((await post(`${base(app3)}/correction`, fr, { message: "Encore" })).status).toBe(409);
    // The call closed before screening began: the corrected file may still be submitted, once.
    const owner = { actorId: applicant.user.id, label: "porteur@example.org" };
    const answer = { applicationId: app3, now: AFTER, siteUrl: "" };
    await submitApplication(t.db, owner, answer);
    const [after] = await t.db.query<{ status: string; versions: number }>(
      `SELECT status, (SELECT count(*)::int FROM application_versions v
                        WHERE v.application_id = a.id) AS versions
         FROM applications a WHERE id = $1`,
      [app3],
    );
    expect(after).toEqual({ status: "submitted", versions: 2 });
    await expect(submitApplication(t.db, owner, answer)).rejects.toMatchObject({
      id: "application_locked",
    });
  });

  it("reminds each reviewer once, 48 hours before the deadline", async () => {
    expect(await remindReviewers(t.db, new Date("2026-04-18T12:00:00Z"))).toBe(0);
    // Open: r1 and r2 on app2 (r1's app1 review and r2's were submitted, r3 recused).
    expect(await remindReviewers(t.db, new Date("2026-04-19T12:00:00Z"))).toBe(2);
    expect(await remindReviewers(t.db, new Date("2026-04-20T12:00:00Z"))).toBe(0);
  });

  it("lists a reviewer's own assignments with their deadlines", async () => {
    const page = plain(await (await get("/evaluations", r1)).text());
    expect(page).toContain("Graphite sphérique");
    expect(page).toContain("Recyclage du lithium");
    expect(page).not.toContain("Terres rares");
  });
});
