import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../app/seed.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createUser } from "../../platform/auth/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import type { AppError } from "../../platform/errors/app-error.ts";
import type { Actor, Role } from "../../platform/policy/roles.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import {
  addFigure,
  approveBrief,
  createBrief,
  publishBrief,
  rejectBrief,
  submitBrief,
  updateBrief,
} from "./commands.ts";
import { findBrief, listVersions } from "./queries.ts";

let db: Db;
let qc: Actor;
let qc2: Actor;
let fr: Actor;
let fr2: Actor;

async function member(role: Role, name: string): Promise<Actor> {
  const email = `${name.toLowerCase().replace(/\W/g, "")}@example.org`;
  const user = await createUser(db, CLI_PERFORMER, { email, role, name });
  return { kind: "user", id: user.id, email, name, role, via: "session" };
}

beforeAll(async () => {
  db = await createTestDb("reference");
  await seed(db, { demo: true });
  qc = await member("member-qc", "Analyste Québec");
  qc2 = await member("member-qc", "Seconde Québec");
  fr = await member("member-fr", "Analyste France");
  fr2 = await member("member-fr", "Second France");
}, 120_000);
afterAll(() => db?.close());

const P = CLI_PERFORMER;
const FULL = {
  titleFr: "Le lithium, goulot de la transformation",
  titleEn: "Lithium, a processing bottleneck",
  summaryFr: "La transformation du lithium est concentrée en Chine.",
  summaryEn: "Lithium processing is concentrated in China.",
  conclusionsFr: "Diversifier le raffinage.",
  conclusionsEn: "Diversify refining.",
  materials: "lithium, graphite naturel",
  projects: ["P-2024-005"],
};

/** The error a call fails with, and proof that the brief is as it was. */
async function refused(id: string, call: () => Promise<unknown>): Promise<AppError> {
  const before = await findBrief(db, id);
  const audits = await auditCount();
  const error = await call().then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: AppError) => e,
  );
  expect(await findBrief(db, id)).toEqual(before);
  expect(await auditCount()).toBe(audits);
  return error;
}

const auditCount = async () =>
  (
    await db.query<{ n: number }>(
      "SELECT count(*) AS n FROM audit_events WHERE subject_type = 'AnalysisBrief'",
    )
  )[0]?.n;

describe("a brief from draft to published", () => {
  it("drafts with resolved materials, keeps versions and freezes figures with vintages", async () => {
    const { id } = await createBrief(db, P, qc, { ...FULL, titleEn: "", summaryEn: "" });
    let brief = await findBrief(db, id);
    expect(brief?.status).toBe("draft");
    expect(brief?.content.materials).toEqual(["lithium", "natural-graphite"]);
    expect(brief?.author.party).toBe("qc");

    await updateBrief(db, P, fr, id, { ...FULL, titleEn: "", summaryEn: "", summaryFr: "Autre." });
    await addFigure(
      db,
      P,
      qc,
      "fr",
      id,
      { kind: "assessment", material: "lithium", view: "global" },
      new Date(),
    );
    brief = await findBrief(db, id);
    expect(brief?.version).toBe(3);
    const figure = brief?.content.figures[0];
    expect(figure?.title.fr).toMatch(/lithium — Mondial/);
    expect(figure?.rows.find((r) => r.key === "sr")?.value).toBeGreaterThan(0);
    expect(figure?.sources.join(" ")).toMatch(/EU CRM .*WGI \d{4}/);
    const versions = await listVersions(db, id);
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versions[0]?.content.summaryFr).toBe(FULL.summaryFr);
    // An unchanged form saves no version.
    await updateBrief(db, P, qc, id, { ...FULL, titleEn: "", summaryEn: "", summaryFr: "Autre." });
    expect((await findBrief(db, id))?.version).toBe(3);
  });

  it("needs one approval of each party, by two people other than the author, then publishes", async () => {
    const { id } = await createBrief(db, P, qc, FULL);
    await submitBrief(db, P, qc, id);
    expect((await refused(id, () => approveBrief(db, P, qc, id))).id).toBe(
      "brief_author_cannot_approve",
    );
    expect(await approveBrief(db, P, fr, id)).toEqual({ status: "in_review" });
    const twice = await refused(id, () => approveBrief(db, P, fr2, id));
    expect(twice.id).toBe("brief_party_already_approved");
    expect(twice.messageIn("fr")).toContain("France");
    expect(twice.messageIn("fr")).toContain("Québec");
    expect(await approveBrief(db, P, qc2, id)).toEqual({ status: "approved" });
    await publishBrief(db, P, qc, id);
    const brief = await findBrief(db, id);
    expect(brief?.status).toBe("published");
    expect(brief?.publishedAt).not.toBeNull();
    const actions = await db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at",
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      "analysis_brief.create",
      "analysis_brief.submit",
      "analysis_brief.approve",
      "analysis_brief.approve",
      "analysis_brief.publish",
    ]);
  });

  it("refuses publication without English, naming the missing fields", async () => {
    const { id } = await createBrief(db, P, fr, { ...FULL, titleEn: "", conclusionsEn: "" });
    await submitBrief(db, P, fr, id);
    await approveBrief(db, P, qc, id);
    await approveBrief(db, P, fr2, id);
    const e = await refused(id, () => publishBrief(db, P, fr, id));
    expect(e.id).toBe("brief_translation_missing");
    expect(e.messageIn("en")).toContain("Title (English), Conclusions (English)");
    expect((await findBrief(db, id))?.status).toBe("approved");
  });

  it("sends back to draft with a reason, the approvals lapsing", async () => {
    const { id } = await createBrief(db, P, qc, FULL);
    await submitBrief(db, P, qc, id);
    await approveBrief(db, P, fr, id);
    expect((await refused(id, () => rejectBrief(db, P, fr2, id, "  "))).id).toBe(
      "brief_reason_required",
    );
    await rejectBrief(db, P, fr2, id, "Chiffres de 2022 à actualiser.");
    const brief = await findBrief(db, id);
    expect(brief?.status).toBe("draft");
    expect(brief?.approvals).toEqual([]);
    expect(brief?.rejectionReason).toBe("Chiffres de 2022 à actualiser.");
    await submitBrief(db, P, qc, id);
    expect((await findBrief(db, id))?.rejectionReason).toBeNull();
  });

  it("refuses bad input by name and changes nothing", async () => {
    const { id } = await createBrief(db, P, qc, FULL);
    const unknown = await refused(id, () =>
      updateBrief(db, P, qc, id, { ...FULL, materials: "unobtainium" }),
    );
    expect(unknown.messageIn("fr")).toMatch(/^Matière inconnue.*unobtainium/);
    const project = await refused(id, () =>
      updateBrief(db, P, qc, id, { ...FULL, projects: "P-1999-999" }),
    );
    expect(project.messageIn("en")).toContain("P-1999-999");
    const long = await refused(id, () =>
      updateBrief(db, P, qc, id, { ...FULL, titleFr: "x".repeat(201) }),
    );
    expect(long.messageIn("fr")).toContain("Titre (français)");
    expect(
      (await refused(id, () => updateBrief(db, P, qc, id, { ...FULL, titleFr: "", titleEn: " " })))
        .id,
    ).toBe("brief_title_required");
    expect((await refused(id, () => publishBrief(db, P, qc, id))).id).toBe(
      "brief_transition_refused",
    );
    expect((await refused(id, () => approveBrief(db, P, fr, id))).id).toBe(
      "brief_transition_refused",
    );
    const figure = await refused(id, () =>
      addFigure(
        db,
        P,
        qc,
        "fr",
        id,
        { kind: "assessment", material: "vibranium", view: "global" },
        new Date(),
      ),
    );
    expect(figure.messageIn("fr")).toContain("vibranium");
    await submitBrief(db, P, qc, id);
    expect((await refused(id, () => updateBrief(db, P, qc, id, FULL))).id).toBe("brief_not_draft");
  });
});
