import { insertCommitment } from "../../cooperation/financing/commands.ts";
import { createOrganisationWith } from "../../cooperation/organisations/commands.ts";
import { createProjectWith } from "../../cooperation/projects/commands.ts";
import { type CommandTools, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import type { Party } from "../../shared/party.ts";
import { loadApplicationContent } from "../applications/queries.ts";
import { callDetails } from "../calls/queries.ts";
import { formatMoney, parseCents } from "../shared/money.ts";
import { composeDecisionLetter } from "./letter.ts";
import { renderDecisionPdf } from "./letter-pdf.ts";
import { decisionText as t } from "./messages.ts";
import { committedTotals, fundedOf, letterRows, organisationIdByName } from "./queries.ts";
import type { DecisionForm } from "./schema.ts";

const SUBJECT = "CallDecision";

type LockedCall = {
  id: string;
  code: string;
  envelope_qc_cents: number;
  envelope_fr_cents: number;
  cochair_qc_id: string | null;
  cochair_fr_id: string | null;
  finalised_at: Date | null;
};

/**
 * Locks the call's row until the command ends: decisions, co-chairs and approvals of one call
 * queue up behind it, so an envelope check always sees every decision committed before it.
 * Final decisions refuse any change (409).
 */
async function lockCall(tx: Queryable, callId: string): Promise<LockedCall> {
  const [call] = await tx.query<{
    id: string;
    code: string;
    envelope_qc_cents: number;
    envelope_fr_cents: number;
  }>("SELECT id, code, envelope_qc_cents, envelope_fr_cents FROM calls WHERE id = $1 FOR UPDATE", [
    callId,
  ]);
  if (!call) throw fail("not_found");
  await tx.query("INSERT INTO call_committees (call_id) VALUES ($1) ON CONFLICT DO NOTHING", [
    callId,
  ]);
  const [committee] = await tx.query<{
    cochair_qc_id: string | null;
    cochair_fr_id: string | null;
    finalised_at: Date | null;
  }>("SELECT cochair_qc_id, cochair_fr_id, finalised_at FROM call_committees WHERE call_id = $1", [
    callId,
  ]);
  const locked = { ...call, ...(committee as NonNullable<typeof committee>) };
  if (locked.finalised_at) throw fail("call_decisions_final", { code: call.code });
  return locked;
}

/** Any change to what the co-chairs approved withdraws their approvals. */
async function withdrawApprovals(tx: Queryable, callId: string): Promise<number> {
  const rows = await tx.query(
    "DELETE FROM call_decision_approvals WHERE call_id = $1 RETURNING party",
    [callId],
  );
  return rows.length;
}

const money = (party: Party, cents: number) =>
  ({
    fr: formatMoney("fr", cents, party === "qc" ? "CAD" : "EUR"),
    en: formatMoney("en", cents, party === "qc" ? "CAD" : "EUR"),
  }) as const;

/** The amounts and the reason, checked against what the application asked of each party. */
function checkDecision(input: DecisionForm, asked: { qc: number; fr: number }) {
  const fields: FieldErrors = {};
  const reason = input.reason.trim();
  if (input.outcome === "rejected" && reason === "") {
    fields.reason = {
      fr: "Indiquez le motif du refus : il est communiqué au candidat.",
      en: "Give the reason for the rejection: it is told to the applicant.",
    };
  }
  const amounts = { qc: 0, fr: 0 };
  if (input.outcome === "funded") {
    for (const party of ["qc", "fr"] as const) {
      const typed = (party === "qc" ? input.amount_qc : input.amount_fr).trim();
      const field = party === "qc" ? "amount_qc" : "amount_fr";
      const cents = typed === "" ? 0 : parseCents(typed);
      if (cents === null) {
        fields[field] = {
          fr: "Montant attendu, par exemple « 40 000 » ou « 40 000,50 ».",
          en: "An amount is expected, such as “40,000” or “40000.50”.",
        };
      } else if (cents > asked[party]) {
        const most = money(party, asked[party]);
        fields[field] = {
          fr: `Au plus ce que la candidature demande à cette partie : ${most.fr}.`,
          en: `At most what the application asks of this party: ${most.en}.`,
        };
      } else amounts[party] = cents;
    }
    if (!fields.amount_qc && !fields.amount_fr && amounts.qc + amounts.fr === 0) {
      fields.amount_qc = {
        fr: "Une candidature financée reçoit un montant d’au moins une partie.",
        en: "A funded application receives an amount from at least one party.",
      };
    }
  }
  if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
  return { reason, amounts };
}

/**
 * Records (or changes) the committee's decision on a submitted application. A party's committed
 * total never exceeds its envelope: the sum is read with the call locked, in the same
 * transaction as the write.
 */
export function saveDecision(
  db: Db,
  performer: Performer,
  args: { callId: string; reference: string; input: DecisionForm },
): Promise<void> {
  return runCommand(db, performer, "calls.decision.save", async ({ tx, audit }) => {
    const call = await lockCall(tx, args.callId);
    const [application] = await tx.query<{
      id: string;
      status: string;
      asked_qc: number;
      asked_fr: number;
    }>(
      `SELECT a.id, a.status,
              COALESCE((SELECT amount_cents FROM application_funding_requests
                         WHERE application_id = a.id AND party = 'qc'), 0) AS asked_qc,
              COALESCE((SELECT amount_cents FROM application_funding_requests
                         WHERE application_id = a.id AND party = 'fr'), 0) AS asked_fr
         FROM applications a WHERE a.call_id = $1 AND a.reference = $2`,
      [call.id, args.reference],
    );
    if (!application || application.status === "draft") throw fail("not_found");
    if (application.status !== "submitted") {
      throw fail("call_decision_not_submitted", { reference: args.reference });
    }
    const { reason, amounts } = checkDecision(args.input, {
      qc: application.asked_qc,
      fr: application.asked_fr,
    });
    const others = await committedTotals(tx, call.id, application.id);
    for (const party of ["qc", "fr"] as const) {
      const envelope = party === "qc" ? call.envelope_qc_cents : call.envelope_fr_cents;
      if (others[party] + amounts[party] > envelope) {
        throw fail("call_envelope_exceeded", {
          code: call.code,
          party:
            party === "qc"
              ? { fr: "du Québec", en: "Québec" }
              : { fr: "de la France", en: "France" },
          left: money(party, Math.max(0, envelope - others[party])),
        });
      }
    }
    const [before] = await tx.query<Record<string, unknown>>(
      "SELECT outcome, reason, amount_qc_cents, amount_fr_cents FROM call_decisions WHERE application_id = $1",
      [application.id],
    );
    await tx.query(
      `INSERT INTO call_decisions (application_id, call_id, outcome, reason, amount_qc_cents,
                                   amount_fr_cents, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (application_id) DO UPDATE SET outcome = $3, reason = $4, amount_qc_cents = $5,
         amount_fr_cents = $6, decided_by = $7, decided_at = now()`,
      [
        application.id,
        call.id,
        args.input.outcome,
        reason,
        amounts.qc,
        amounts.fr,
        performer.actorId,
      ],
    );
    const withdrawn = await withdrawApprovals(tx, call.id);
    const after = {
      outcome: args.input.outcome,
      reason,
      amount_qc_cents: amounts.qc,
      amount_fr_cents: amounts.fr,
    };
    const changes = Object.fromEntries(
      Object.entries(after).map(([k, v]) => [k, { from: before?.[k] ?? null, to: v }]),
    );
    await audit({
      subjectType: SUBJECT,
      subjectId: args.reference,
      changes: withdrawn > 0 ? { ...changes, approvals: { from: withdrawn, to: 0 } } : changes,
    });
  });
}

/** May this account co-chair for that party: an active official of it, or an administrator. */
async function checkCochair(tx: Queryable, userId: string, party: Party): Promise<boolean> {
  const rows = await tx.query(
    "SELECT 1 FROM users WHERE id::text = $1 AND disabled_at IS NULL AND role IN ('admin', $2)",
    [userId, `member-${party}`],
  );
  return rows.length > 0;
}

/** Names the co-chair of each party ("" leaves the seat empty); withdraws any approval. */
export function setCochairs(
  db: Db,
  performer: Performer,
  args: { callId: string; qc: string; fr: string },
): Promise<void> {
  return runCommand(db, performer, "calls.committee.cochairs", async ({ tx, audit }) => {
    const call = await lockCall(tx, args.callId);
    const fields: FieldErrors = {};
    for (const party of ["qc", "fr"] as const) {
      const id = args[party];
      if (id !== "" && !(await checkCochair(tx, id, party))) {
        fields[`cochair_${party}`] = {
          fr: `Choisissez un responsable ${party === "qc" ? "du Québec" : "de la France"} ou un administrateur.`,
          en: `Choose an official of ${party === "qc" ? "Québec" : "France"} or an administrator.`,
        };
      }
    }
    if (!fields.cochair_qc && args.qc !== "" && args.qc === args.fr) {
      fields.cochair_fr = {
        fr: "Chaque partie a son propre coprésident.",
        en: "Each party has its own co-chair.",
      };
    }
    if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
    await tx.query(
      "UPDATE call_committees SET cochair_qc_id = $2, cochair_fr_id = $3 WHERE call_id = $1",
      [call.id, args.qc || null, args.fr || null],
    );
    await withdrawApprovals(tx, call.id);
    await audit({
      subjectType: "CallCommittee",
      subjectId: call.code,
      changes: {
        cochair_qc: { from: call.cochair_qc_id, to: args.qc || null },
        cochair_fr: { from: call.cochair_fr_id, to: args.fr || null },
      },
    });
  });
}

/**
 * A co-chair approves the call's current decisions for their party. The second approval makes
 * them final and, in the same transaction, hands the funded applications over to the portfolio
 * and queues the letters: a failure anywhere leaves nothing half done.
 */
export function approveDecisions(
  db: Db,
  performer: Performer,
  args: { callId: string; userId: string; today: string },
): Promise<{ final: boolean }> {
  return runCommand(db, performer, "calls.decision.approve", async (tools) => {
    const { tx, audit } = tools;
    const call = await lockCall(tx, args.callId);
    const party: Party | null =
      call.cochair_qc_id === args.userId ? "qc" : call.cochair_fr_id === args.userId ? "fr" : null;
    if (!party) throw fail("call_not_cochair", { code: call.code });
    if (!call.cochair_qc_id || !call.cochair_fr_id) {
      throw fail("call_cochairs_missing", { code: call.code });
    }
    const [pending] = await tx.query<{ undecided: number; decided: number }>(
      `SELECT count(*) FILTER (WHERE d.application_id IS NULL)::int AS undecided,
              count(d.application_id)::int AS decided
         FROM applications a LEFT JOIN call_decisions d ON d.application_id = a.id
        WHERE a.call_id = $1 AND a.status = 'submitted'`,
      [call.id],
    );
    if (!pending || pending.undecided > 0 || pending.decided === 0) {
      throw fail("call_decisions_incomplete", { code: call.code, count: pending?.undecided ?? 0 });
    }
    await tx.query(
      `INSERT INTO call_decision_approvals (call_id, party, user_id) VALUES ($1, $2, $3)
       ON CONFLICT (call_id, party) DO UPDATE SET user_id = $3, approved_at = now()`,
      [call.id, party, args.userId],
    );
    await audit({
      subjectType: "CallCommittee",
      subjectId: call.code,
      changes: { approved: { from: null, to: party } },
    });
    const approvals = await tx.query(
      "SELECT party FROM call_decision_approvals WHERE call_id = $1",
      [call.id],
    );
    if (approvals.length < 2) return { final: false };
    await finalise(tools, performer, call, args.today);
    return { final: true };
  });
}

/** The bodies that fund each party's share: the declaration's two signatories. */
const FUNDERS = {
  qc: { name: "Ministère des Ressources naturelles et des Forêts", acronym: "MRNF" },
  fr: {
    name: "Délégation interministérielle aux approvisionnements en minerais et métaux stratégiques",
    acronym: "DIAMMS",
  },
} as const;

/** An organisation by name, created through the cooperation area's own command when missing. */
async function organisationFor(
  tools: CommandTools,
  org: { name: string; acronym?: string; party: "qc" | "fr" | "other"; kind: string },
): Promise<string> {
  const found = await organisationIdByName(tools.tx, org.name);
  if (found) return found;
  const { id } = await createOrganisationWith(tools, {
    name: org.name,
    acronym: org.acronym,
    party: org.party,
    kind: org.kind as "other",
    identifiers: {},
    website: undefined,
  });
  return id;
}

async function finalise(
  tools: CommandTools,
  performer: Performer,
  call: LockedCall,
  today: string,
) {
  const { tx, audit } = tools;
  await tx.query("UPDATE call_committees SET finalised_at = now() WHERE call_id = $1", [call.id]);
  const { lines } = await callDetails(tx, call.id);
  for (const funded of await fundedOf(tx, call.id)) {
    const content = await loadApplicationContent(tx, funded.application_id);
    const partners: { organisationId: string; role: "lead" | "partner" | "funder" }[] = [];
    for (const p of content.partners) {
      const organisationId =
        p.organisation_id ??
        (await organisationFor(tools, { name: p.name, party: p.party, kind: p.kind }));
      partners.push({ organisationId, role: p.role });
    }
    const funders: Partial<Record<Party, string>> = {};
    for (const party of ["qc", "fr"] as const) {
      const cents = party === "qc" ? funded.amount_qc_cents : funded.amount_fr_cents;
      if (cents === 0) continue;
      funders[party] = await organisationFor(tools, { ...FUNDERS[party], party, kind: "ministry" });
      partners.push({ organisationId: funders[party] as string, role: "funder" });
    }
    const lead = content.partners.find((p) => p.role === "lead");
    const ownerParty: Party = lead?.party === "fr" ? "fr" : "qc";
    const project = await createProjectWith(tools, performer, {
      input: {
        titleFr: funded.title,
        titleEn: funded.title,
        summaryFr: funded.summary_fr.slice(0, 5000) || undefined,
        summaryEn: funded.summary_en.slice(0, 5000) || undefined,
        kind: "research",
        ownerParty,
        lines: lines.map((l) => l.code),
        stages: [],
        materials: [],
        region: undefined,
        country: undefined,
        confidentialTo: null,
        published: true,
        partners,
        latitude: null,
        longitude: null,
        startOn: null,
        endOn: null,
      },
      ownerParty,
      today,
      status: "approved",
      note: t("fr", "fromCall", { code: call.code }),
    });
    await tx.query(
      "INSERT INTO call_funded_projects (application_id, project_id) VALUES ($1, $2)",
      [funded.application_id, project.id],
    );
    for (const party of ["qc", "fr"] as const) {
      const funderId = funders[party];
      if (!funderId) continue;
      await insertCommitment(
        tools,
        project.id,
        {
          funderId,
          source: "public",
          party,
          cents: BigInt(party === "qc" ? funded.amount_qc_cents : funded.amount_fr_cents),
          currency: party === "qc" ? "CAD" : "EUR",
          committedOn: today,
          confidentialTo: null,
          note: funded.reference,
        },
        { project: project.code, call: call.code },
      );
    }
  }
  for (const row of await letterRows(tx, call.id)) {
    const letter = composeDecisionLetter(row);
    await enqueueMail(tx, {
      to: row.owner_email,
      subject: letter.subject,
      text: t(row.language, "letterMail", { reference: row.reference, code: call.code }),
      attachments: [
        {
          filename: `${letter.fileName}.pdf`,
          contentType: "application/pdf",
          content: await renderDecisionPdf(letter),
        },
      ],
      subjectType: SUBJECT,
      subjectId: row.reference,
    });
  }
  await audit({
    subjectType: "CallCommittee",
    subjectId: call.code,
    changes: { finalised: { from: false, to: true } },
  });
}
