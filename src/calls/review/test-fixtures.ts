import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createApplication, saveDraft, submitApplication } from "../applications/commands.ts";
import { completeDraft, samplePdf } from "../applications/test-fixtures.ts";

/** Two eligibility criteria and three scored ones (weights 2, 1 and 1) on the call's grid. */
export async function insertGrid(db: Db, callId: string) {
  const rows = await db.query<{ id: string; label_fr: string }>(
    `INSERT INTO call_criteria (call_id, kind, label_fr, label_en, weight, position)
     VALUES ($1, 'eligibility', 'Consortium bipartite', 'Bipartite consortium', NULL, 1),
            ($1, 'eligibility', 'Activités admissibles', 'Eligible activities', NULL, 2),
            ($1, 'scored', 'Qualité scientifique', 'Scientific quality', 2, 3),
            ($1, 'scored', 'Impact', 'Impact', 1, 4),
            ($1, 'scored', 'Consortium', 'Consortium', 1, 5)
     RETURNING id, label_fr`,
    [callId],
  );
  const id = (label: string) => rows.find((r) => r.label_fr === label)?.id as string;
  return {
    eligibility: [id("Consortium bipartite"), id("Activités admissibles")],
    quality: id("Qualité scientifique"),
    impact: id("Impact"),
    consortium: id("Consortium"),
  };
}

/** A complete application submitted to the call (partners: Université Laval, BRGM). */
export async function submittedApplication(
  db: Db,
  call: { id: string; requiredDocumentId: string },
  ownerId: string,
  title: string,
  now: Date,
): Promise<string> {
  const id = await createApplication(db, CLI_PERFORMER, {
    callId: call.id,
    ownerId,
    title,
    language: "fr",
    now,
  });
  const draft = { ...completeDraft(await samplePdf(), call.requiredDocumentId), title };
  await saveDraft(db, CLI_PERFORMER, {
    applicationId: id,
    draft,
    byOwner: true,
    now,
    siteUrl: "",
  });
  await submitApplication(db, CLI_PERFORMER, { applicationId: id, now, siteUrl: "" });
  return id;
}
