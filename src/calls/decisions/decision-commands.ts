import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import type { Party } from "../../shared/party.ts";
import { formatMoney, parseCents } from "../shared/money.ts";
import { lockCall, withdrawApprovals } from "./committee-commands.ts";
import { DECISION_SUBJECT } from "./handover-commands.ts";
import { committedTotals } from "./queries.ts";
import type { DecisionForm } from "./schema.ts";

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
      subjectType: DECISION_SUBJECT,
      subjectId: args.reference,
      changes: withdrawn > 0 ? { ...changes, approvals: { from: withdrawn, to: 0 } } : changes,
    });
  });
}
