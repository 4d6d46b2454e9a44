import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createUser } from "../../platform/auth/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createPdf } from "../../platform/pdf/document.ts";
import { createApplication, saveDraft, submitApplication } from "../applications/commands.ts";
import { createCall, publishCall } from "../calls/commands.ts";
import { callDetails } from "../calls/queries.ts";
import { parseCallInput } from "../calls/schema.ts";
import { approveDecisions, setCochairs } from "../decisions/committee-commands.ts";
import { saveDecision } from "../decisions/decision-commands.ts";
import { assignReviewers, setReviewerProfile } from "../review/assignment-commands.ts";
import { declareNoConflict, saveScores } from "../review/scoring-commands.ts";
import { screenApplication } from "../review/screening-commands.ts";
import { instantToLocal } from "../shared/time-zones.ts";
import {
  CLOSED_CALL_APPLICATIONS,
  DEMO_COCHAIRS,
  DEMO_REVIEWERS,
  type DemoApplication,
  OPEN_CALL_APPLICATIONS,
} from "./applications.ts";
import { DEMO_CALLS, DEMO_DOCUMENTS, DEMO_ELIGIBILITY, DEMO_SCORED } from "./calls.ts";

const DAY = 86_400_000;

/**
 * The demo's three calls, published, through the same checks and commands as the form: one open
 * now, one upcoming, one closed, dated from `now`; then the whole cycle on them (see
 * `seedApplicationsDemo`). Run twice, the second run changes nothing.
 */
export async function seedCallsDemo(db: Db, now = new Date()): Promise<boolean> {
  const [exists] = await db.query("SELECT 1 FROM calls WHERE title_fr = $1", [
    DEMO_CALLS[0]?.titleFr,
  ]);
  if (exists) return false;
  const day = (offset: number, zone: string, time: string) =>
    `${instantToLocal(new Date(now.getTime() + offset * DAY), zone).slice(0, 10)}T${time}`;
  const ids: string[] = [];
  for (const d of DEMO_CALLS) {
    const input = parseCallInput({
      titleFr: d.titleFr,
      titleEn: d.titleEn,
      textFr: d.textFr,
      textEn: d.textEn,
      eligibleActivitiesFr: d.activitiesFr,
      eligibleActivitiesEn: d.activitiesEn,
      timeZone: d.timeZone,
      opensAt: day(d.opensInDays, d.timeZone, "09:00"),
      closesAt: day(d.closesInDays, d.timeZone, "17:00"),
      envelopeQc: d.envelopeQc,
      envelopeFr: d.envelopeFr,
      maxFundingQc: d.maxFundingQc,
      maxFundingFr: d.maxFundingFr,
      cofinancingRatePct: d.rate,
      minPartnersPerParty: 1,
      lines: d.lines,
      documents: DEMO_DOCUMENTS,
      eligibility: DEMO_ELIGIBILITY,
      scored: DEMO_SCORED,
    });
    const { id, code } = await createCall(db, CLI_PERFORMER, input, now);
    await publishCall(db, CLI_PERFORMER, code);
    ids.push(id);
  }
  const [open, , closed] = ids as [string, string, string];
  await seedApplicationsDemo(db, { open, closed }, now);
  return true;
}

/** A one-page PDF standing in for a document the call asks for. */
async function demoPdf(label: string): Promise<File> {
  const { doc, done } = createPdf({ size: "A4" });
  doc.text(`${label}\n\nDocument fictif des données de démonstration d’Alliage.`);
  doc.end();
  const bytes = (await done) as Uint8Array<ArrayBuffer>;
  return new File([bytes], "document-fictif.pdf", { type: "application/pdf" });
}

/**
 * An account no one can sign in to: the platform's user command gives it a random one-time
 * password, which is thrown away here.
 */
async function demoAccount(db: Db, email: string, role: string, name: string): Promise<string> {
  return (await createUser(db, CLI_PERFORMER, { email, role, name })).id;
}

/** Creates the application as its owner would, saves it complete (or not), submits it if asked. */
async function demoApplication(
  db: Db,
  callId: string,
  n: number,
  app: DemoApplication,
  options: { submit: boolean; at: Date },
): Promise<{ id: string; reference: string | null }> {
  const ownerId = await demoAccount(
    db,
    `consortium-${callId.slice(0, 8)}-${n}@demo.example.org`,
    "applicant",
    `${app.lead.name.replace(" (fictif)", "")} (fictif)`,
  );
  const id = await createApplication(db, CLI_PERFORMER, {
    callId,
    ownerId,
    title: app.title,
    language: "fr",
    now: options.at,
  });
  const { documents } = await callDetails(db, callId);
  const complete = app.budgetQc > 0;
  const sideOf = (party: "qc" | "fr") => (app.lead.party === party ? 0 : 1);
  await saveDraft(db, CLI_PERFORMER, {
    applicationId: id,
    draft: {
      title: app.title,
      language: "fr",
      summaryFr: app.summaryFr,
      summaryEn: "",
      partners: [
        { name: app.lead.name, party: app.lead.party, kind: "university", role: "lead" },
        {
          name: app.partner.name,
          party: app.partner.party,
          kind: "research_centre",
          role: "partner",
        },
      ],
      budget: complete
        ? [
            {
              partner: sideOf("qc"),
              year: 2026,
              amountCents: app.budgetQc,
              currency: "CAD",
              description: "",
            },
            {
              partner: sideOf("fr"),
              year: 2026,
              amountCents: app.budgetFr,
              currency: "EUR",
              description: "",
            },
          ]
        : [],
      funding: complete ? { qc: app.askedQc, fr: app.askedFr } : { qc: null, fr: null },
      memberEmails: undefined,
      files: complete
        ? await Promise.all(
            documents
              .filter((d) => d.required)
              .map(async (d) => ({ callDocumentId: d.id, file: await demoPdf(d.label_fr) })),
          )
        : [],
    },
    byOwner: true,
    now: options.at,
    siteUrl: "",
  });
  if (!options.submit) return { id, reference: null };
  const { reference } = await submitApplication(db, CLI_PERFORMER, {
    applicationId: id,
    now: options.at,
    siteUrl: "",
  });
  return { id, reference };
}

/**
 * The whole cycle on the demo's calls, through each feature's own commands: on the closed call,
 * four submitted applications, screened eligible by both parties, reviewed by two reviewers,
 * decided (two funded, one on the waiting list, one rejected) and approved by both co-chairs, so
 * the funded ones become projects; on the open call, one draft and one submitted application.
 */
async function seedApplicationsDemo(
  db: Db,
  calls: { open: string; closed: string },
  now: Date,
): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const closedDef = DEMO_CALLS[2] as (typeof DEMO_CALLS)[number];
  const openDef = DEMO_CALLS[0] as (typeof DEMO_CALLS)[number];

  const reviewers: string[] = [];
  for (const r of DEMO_REVIEWERS) {
    const id = await demoAccount(db, r.email, "reviewer", r.name);
    await setReviewerProfile(db, CLI_PERFORMER, {
      userId: id,
      party: r.party,
      organisation: r.organisation,
      now: at(closedDef.closesInDays),
    });
    reviewers.push(id);
  }
  const { criteria } = await callDetails(db, calls.closed);
  const eligibility = criteria.filter((c) => c.kind === "eligibility").map((c) => c.id);
  const scored = criteria.filter((c) => c.kind === "scored").map((c) => c.id);

  const applied = at(closedDef.closesInDays - 20);
  const screened = at(closedDef.closesInDays + 7);
  const reviewed = at(closedDef.closesInDays + 30);
  const references: string[] = [];
  for (const [i, app] of CLOSED_CALL_APPLICATIONS.entries()) {
    const { id, reference } = await demoApplication(db, calls.closed, i + 1, app, {
      submit: true,
      at: applied,
    });
    references.push(reference as string);
    for (const party of ["qc", "fr"] as const) {
      await screenApplication(db, CLI_PERFORMER, {
        callId: calls.closed,
        applicationId: id,
        party,
        screening: {
          checklist: Object.fromEntries(eligibility.map((c) => [c, true])),
          eligible: true,
          reason: "",
          privateNote: "",
        },
        now: screened,
      });
    }
    const assignments = await assignReviewers(db, CLI_PERFORMER, {
      callId: calls.closed,
      applicationId: id,
      reviewerIds: reviewers,
      dueAt: reviewed,
      now: screened,
      siteUrl: "",
    });
    for (const [r, assignmentId] of assignments.entries()) {
      await declareNoConflict(db, CLI_PERFORMER, { assignmentId, now: screened });
      await saveScores(db, CLI_PERFORMER, {
        assignmentId,
        scores: scored.map((criterionId) => ({
          criterionId,
          score: app.scores?.[r] ?? 3,
          comment: "",
        })),
        submit: true,
        now: reviewed,
      });
    }
  }

  for (const [i, app] of CLOSED_CALL_APPLICATIONS.entries()) {
    const reference = references[i] as string;
    const funded = app.outcome === "funded";
    await saveDecision(db, CLI_PERFORMER, {
      callId: calls.closed,
      reference,
      input: {
        outcome: app.outcome ?? "waiting_list",
        reason: app.reason ?? "",
        amount_qc: funded ? String(app.askedQc / 100) : "",
        amount_fr: funded ? String(app.askedFr / 100) : "",
      },
    });
  }
  const cochairs = {
    qc: await demoAccount(db, DEMO_COCHAIRS.qc.email, "member-qc", DEMO_COCHAIRS.qc.name),
    fr: await demoAccount(db, DEMO_COCHAIRS.fr.email, "member-fr", DEMO_COCHAIRS.fr.name),
  };
  await setCochairs(db, CLI_PERFORMER, { callId: calls.closed, ...cochairs });
  const today = instantToLocal(now, closedDef.timeZone).slice(0, 10);
  for (const userId of [cochairs.qc, cochairs.fr]) {
    await approveDecisions(db, CLI_PERFORMER, { callId: calls.closed, userId, today });
  }

  const during = at(openDef.opensInDays + 7);
  for (const [i, app] of OPEN_CALL_APPLICATIONS.entries()) {
    await demoApplication(db, calls.open, i + 1, app, { submit: app.budgetQc > 0, at: during });
  }
}
