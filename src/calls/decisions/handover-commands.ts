import { insertCommitment } from "../../cooperation/financing/commands.ts";
import { createOrganisationWith } from "../../cooperation/organisations/commands.ts";
import { createProjectWith } from "../../cooperation/projects/commands.ts";
import type { CommandTools, Performer } from "../../platform/audit/commands.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import type { Party } from "../../shared/party.ts";
import { loadApplicationContent } from "../applications/queries.ts";
import { callDetails } from "../calls/queries.ts";
import { composeDecisionLetter } from "./letter.ts";
import { renderDecisionPdf } from "./letter-pdf.ts";
import { decisionText as t } from "./messages.ts";
import { fundedOf, letterRows, organisationIdByName } from "./queries.ts";

export const DECISION_SUBJECT = "CallDecision";

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

/**
 * Makes the call's decisions final: each funded application becomes an approved project of the
 * portfolio, with its partners, funders and commitments, and every applicant's letter is queued.
 * Runs inside the second co-chair's approval, so it all happens or nothing does.
 */
export async function finalise(
  tools: CommandTools,
  performer: Performer,
  call: { id: string; code: string },
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
      subjectType: DECISION_SUBJECT,
      subjectId: row.reference,
    });
  }
  await audit({
    subjectType: "CallCommittee",
    subjectId: call.code,
    changes: { finalised: { from: false, to: true } },
  });
}
