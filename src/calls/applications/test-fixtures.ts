import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { changePassword, createUser } from "../../platform/auth/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createPdf } from "../../platform/pdf/document.ts";
import type { DraftInput } from "./schema.ts";

/**
 * A published call inserted directly, so that these tests do not wait on the calls feature:
 * open from `opensAt` to `closesAt`, one partner per party, 100 000 $ / € at most per party,
 * 50 % co-financing, and two documents (one required, one optional).
 */
export async function insertCall(
  db: Db,
  options: { code?: string; opensAt: Date; closesAt: Date; minPartners?: number },
) {
  const code = options.code ?? "AAP-2026-01";
  const [call] = await db.query<{ id: string }>(
    `INSERT INTO calls (code, title_fr, title_en, status, opens_at, closes_at, time_zone,
                        envelope_qc_cents, envelope_fr_cents, max_funding_qc_cents,
                        max_funding_fr_cents, cofinancing_rate_pct, min_partners_per_party)
     VALUES ($1, 'Graphite et batteries', 'Graphite and batteries', 'published', $2, $3,
             'America/Toronto', 100000000, 100000000, 10000000, 10000000, 50, $4)
     RETURNING id`,
    [code, options.opensAt, options.closesAt, options.minPartners ?? 1],
  );
  const id = (call as { id: string }).id;
  const docs = await db.query<{ id: string; required: boolean }>(
    `INSERT INTO call_documents (call_id, label_fr, label_en, required, position)
     VALUES ($1, 'Description scientifique', 'Scientific description', true, 1),
            ($1, 'Lettres d’appui', 'Letters of support', false, 2)
     RETURNING id, required`,
    [id],
  );
  const required = docs.find((d) => d.required)?.id as string;
  const optional = docs.find((d) => !d.required)?.id as string;
  return { id, code, requiredDocumentId: required, optionalDocumentId: optional };
}

/** An applicant account with a known password (the platform's own user creation). */
export async function createApplicant(db: Db, email: string) {
  const user = await createUser(db, CLI_PERFORMER, { email, role: "applicant", name: email });
  await changePassword(db, CLI_PERFORMER, {
    userId: user.id,
    password: "un mot de passe assez long",
  });
  return user;
}

/** A small real PDF, to attach. */
export async function samplePdf(text = "Description scientifique"): Promise<Uint8Array> {
  const { doc, done } = createPdf({ size: "A4" });
  doc.text(text);
  doc.end();
  return done;
}

/**
 * A draft that passes every check of the fixture call: a lead from Québec and a partner from
 * France, each with a budget in its side's currency, 40 000 asked of each party (half of each
 * side's 80 000), the required document attached.
 */
export function completeDraft(pdf: Uint8Array, requiredDocumentId: string): DraftInput {
  return {
    title: "Graphite sphérique",
    language: "fr",
    summaryFr: "Purification du graphite naturel.",
    summaryEn: "",
    partners: [
      { name: "Université Laval", party: "qc", kind: "university", role: "lead" },
      { name: "BRGM", party: "fr", kind: "geological_survey", role: "partner" },
    ],
    budget: [
      { partner: 0, year: 2027, amountCents: 8_000_000, currency: "CAD", description: "" },
      { partner: 1, year: 2027, amountCents: 8_000_000, currency: "EUR", description: "" },
    ],
    funding: { qc: 4_000_000, fr: 4_000_000 },
    memberEmails: undefined,
    files: [
      {
        callDocumentId: requiredDocumentId,
        file: new File([pdf as Uint8Array<ArrayBuffer>], "description.pdf", {
          type: "application/pdf",
        }),
      },
    ],
  };
}
