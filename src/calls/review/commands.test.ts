import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createUser } from "../../platform/auth/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { saveDraft, submitApplication } from "../applications/commands.ts";
import { completeDraft, insertCall, samplePdf } from "../applications/test-fixtures.ts";
import { assignReviewers } from "./assignment-commands.ts";
import { dashboardRows } from "./queries.ts";
import { rankingOf } from "./ranking.ts";
import { requestCorrection, screenApplication } from "./screening-commands.ts";
import { insertGrid, submittedApplication } from "./test-fixtures.ts";

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
const DURING = new Date("2026-03-20T12:00:00Z");

describe("screening across versions", () => {
  let db: Db;
  let call: Awaited<ReturnType<typeof insertCall>>;
  let grid: Awaited<ReturnType<typeof insertGrid>>;
  let app: string;

  const screen = (party: "qc" | "fr") =>
    screenApplication(db, CLI_PERFORMER, {
      callId: call.id,
      applicationId: app,
      party,
      screening: {
        checklist: Object.fromEntries(grid.eligibility.map((id) => [id, true])),
        eligible: true,
        reason: "",
        privateNote: "",
      },
      now: DURING,
    });

  beforeAll(async () => {
    db = await createTestDb();
    call = await insertCall(db, { opensAt: OPENS, closesAt: CLOSES });
    grid = await insertGrid(db, call.id);
    const owner = await createUser(db, CLI_PERFORMER, {
      email: "owner@example.org",
      role: "applicant",
      name: "Owner",
    });
    app = await submittedApplication(db, call, owner.id, "Graphite", DURING);
  });
  afterAll(() => db?.close());

  it("screens a corrected application again: a screening of version 1 does not count for version 2", async () => {
    await screen("qc");
    await screen("fr");
    expect((await rankingOf(db, call.id)).map((r) => r.applicationId)).toEqual([app]);

    await requestCorrection(db, CLI_PERFORMER, {
      callId: call.id,
      applicationId: app,
      party: "fr",
      message: "Précisez le budget.",
      now: DURING,
      siteUrl: "",
    });
    expect(await rankingOf(db, call.id)).toEqual([]);
    await expect(screen("qc")).rejects.toMatchObject({ id: "review_not_screenable" });

    const draft = completeDraft(await samplePdf(), call.requiredDocumentId);
    await saveDraft(db, CLI_PERFORMER, {
      applicationId: app,
      draft: { ...draft, title: "Graphite" },
      byOwner: true,
      now: DURING,
      siteUrl: "",
    });
    await submitApplication(db, CLI_PERFORMER, { applicationId: app, now: DURING, siteUrl: "" });

    const [line] = await dashboardRows(db, call.id);
    expect(line).toMatchObject({ version_number: 2, qc_eligible: null, fr_eligible: null });
    expect(await rankingOf(db, call.id)).toEqual([]);
    await expect(
      assignReviewers(db, CLI_PERFORMER, {
        callId: call.id,
        applicationId: app,
        reviewerIds: [],
        dueAt: new Date("2026-05-01T00:00:00Z"),
        now: DURING,
        siteUrl: "",
      }),
    ).rejects.toMatchObject({ id: "review_not_eligible" });

    await screen("qc");
    await screen("fr");
    const [ranked] = await rankingOf(db, call.id);
    expect(ranked).toMatchObject({ applicationId: app, mean: null, reviewsAsked: 0 });
  });
});
