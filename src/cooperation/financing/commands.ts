/**
 * Commitments, disbursements and exchange rates: audited commands. The handler has already checked that the
 * actor may change the project's financing (policy "Financing" with the project's owner_party).
 * A disbursement is checked against its commitment with the commitment row locked, so two
 * payments sent at once cannot together exceed it.
 */
import { type CommandTools, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { Party } from "../../shared/party.ts";
import { mayConfideTo, type Visibility } from "../shared/visibility.ts";
import { checkedDate, oneOf } from "./input.ts";
import { type Currency, centsToDecimal, parseAmount, parseCurrency } from "./money.ts";
import { parseRate, rateToDecimal } from "./rate.ts";
import { CONFIDENTIALITY, FUNDING_PARTIES, type FundingParty, SOURCES } from "./schema.ts";

/** What a form or an API client sends: text, checked here. */
export type CommitmentInput = {
  funderId: string;
  source: string;
  party: string;
  amount: string;
  currency: string;
  committedOn: string;
  confidentialTo: string;
  note: string;
};

export type Commitment = {
  funderId: string;
  source: (typeof SOURCES)[number];
  party: FundingParty;
  cents: bigint;
  currency: Currency;
  committedOn: string;
  confidentialTo: Party | null;
  note: string | null;
};

async function checkCommitment(
  tx: Queryable,
  input: CommitmentInput,
  lang: Lang,
  reader: Visibility,
): Promise<Commitment> {
  const currency = parseCurrency(input.currency);
  const cents = parseAmount(input.amount, lang);
  const note = input.note.trim();
  if (note.length > 1000) throw fail("validation_failed", {}, { note: TOO_LONG });
  const funder = /^[0-9a-f-]{36}$/i.test(input.funderId)
    ? await tx.query("SELECT 1 FROM organisations WHERE id = $1", [input.funderId])
    : [];
  if (funder.length === 0) throw fail("financing_unknown_funder");
  const confidential = oneOf("confidential_to", input.confidentialTo, CONFIDENTIALITY);
  // A line confidential to the other party would vanish from its author's view.
  if (confidential !== "" && !mayConfideTo(reader, confidential))
    throw fail("validation_failed", {}, { confidential_to: OWN_PARTY_ONLY });
  return {
    funderId: input.funderId,
    source: oneOf("source", input.source, SOURCES),
    party: oneOf("party", input.party, FUNDING_PARTIES),
    cents,
    currency,
    committedOn: checkedDate("committed_on", input.committedOn),
    confidentialTo: confidential === "" ? null : confidential,
    note: note === "" ? null : note,
  };
}

const OWN_PARTY_ONLY = {
  fr: "Une ligne ne peut être confidentielle qu’à votre propre partie.",
  en: "A line can only be confidential to your own party.",
};

const TOO_LONG = { fr: "1 000 caractères au plus.", en: "At most 1,000 characters." };

const audited = (c: Commitment) => ({
  funder: c.funderId,
  source: c.source,
  party: c.party,
  amount: `${centsToDecimal(c.cents)} ${c.currency}`,
  committed_on: c.committedOn,
  confidential_to: c.confidentialTo,
});

export async function addCommitment(
  db: Db,
  performer: Performer,
  projectId: string,
  input: CommitmentInput,
  lang: Lang,
  reader: Visibility,
): Promise<{ id: string }> {
  return runCommand(db, performer, "financing.commitment.create", async (tools) => ({
    id: await insertCommitment(
      tools,
      projectId,
      await checkCommitment(tools.tx, input, lang, reader),
    ),
  }));
}

/**
 * Writes a checked commitment and its audit event in a transaction already open: the form's
 * command and the import (all its lines in one transaction) both come here. `context` adds
 * audit fields, such as the project's code when one import spreads over many projects.
 */
export async function insertCommitment(
  { tx, audit }: CommandTools,
  projectId: string,
  c: Commitment,
  context: Record<string, string> = {},
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO financing_commitments
       (project_id, funder_id, source, party, amount_cents, currency, committed_on, confidential_to, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      projectId,
      c.funderId,
      c.source,
      c.party,
      String(c.cents),
      c.currency,
      c.committedOn,
      c.confidentialTo,
      c.note,
    ],
  );
  const id = (row as { id: string }).id;
  const changes = Object.fromEntries(
    Object.entries({ ...context, ...audited(c) }).map(([k, v]) => [k, { from: null, to: v }]),
  );
  await audit({ subjectType: "Financing", subjectId: id, changes });
  return id;
}

type Locked = { amount_cents: string; currency: Currency; disbursed: string };

/** The commitment, locked until the end of the transaction, and what was paid against it. */
async function lockCommitment(tx: Queryable, id: string): Promise<Locked> {
  const [row] = await tx.query<{ amount_cents: string; currency: Currency }>(
    "SELECT amount_cents::text AS amount_cents, currency FROM financing_commitments WHERE id = $1 FOR UPDATE",
    [id],
  );
  if (!row) throw fail("not_found");
  const [paid] = await tx.query<{ disbursed: string }>(
    "SELECT coalesce(sum(amount_cents), 0)::text AS disbursed FROM financing_disbursements WHERE commitment_id = $1",
    [id],
  );
  return { ...row, disbursed: paid?.disbursed ?? "0" };
}

export async function updateCommitment(
  db: Db,
  performer: Performer,
  id: string,
  input: CommitmentInput,
  lang: Lang,
  reader: Visibility,
): Promise<void> {
  await runCommand(db, performer, "financing.commitment.update", async ({ tx, audit }) => {
    const before = await lockCommitment(tx, id);
    const c = await checkCommitment(tx, input, lang, reader);
    const disbursed = BigInt(before.disbursed);
    // Payments are in the commitment's currency: they would silently change value otherwise.
    if (disbursed > 0n && c.currency !== before.currency)
      throw fail("financing_currency_locked", { currency: before.currency });
    if (c.cents < disbursed)
      throw fail("financing_commitment_below_disbursed", {
        disbursed: `${centsToDecimal(disbursed)} ${before.currency}`,
      });
    await tx.query(
      `UPDATE financing_commitments SET funder_id = $2, source = $3, party = $4, amount_cents = $5,
         currency = $6, committed_on = $7, confidential_to = $8, note = $9 WHERE id = $1`,
      [
        id,
        c.funderId,
        c.source,
        c.party,
        String(c.cents),
        c.currency,
        c.committedOn,
        c.confidentialTo,
        c.note,
      ],
    );
    await audit({
      subjectType: "Financing",
      subjectId: id,
      changes: {
        amount: {
          from: `${centsToDecimal(BigInt(before.amount_cents))} ${before.currency}`,
          to: `${centsToDecimal(c.cents)} ${c.currency}`,
        },
      },
    });
  });
}

export async function deleteCommitment(db: Db, performer: Performer, id: string): Promise<void> {
  await runCommand(db, performer, "financing.commitment.delete", async ({ tx, audit }) => {
    const before = await lockCommitment(tx, id);
    await tx.query("DELETE FROM financing_commitments WHERE id = $1", [id]);
    await audit({
      subjectType: "Financing",
      subjectId: id,
      changes: {
        amount: {
          from: `${centsToDecimal(BigInt(before.amount_cents))} ${before.currency}`,
          to: null,
        },
      },
    });
  });
}

export type DisbursementInput = { amount: string; paidOn: string; note: string };

export async function addDisbursement(
  db: Db,
  performer: Performer,
  commitmentId: string,
  input: DisbursementInput,
  lang: Lang,
): Promise<{ id: string }> {
  const cents = parseAmount(input.amount, lang);
  const paidOn = checkedDate("paid_on", input.paidOn);
  const note = input.note.trim();
  if (note.length > 1000) throw fail("validation_failed", {}, { note: TOO_LONG });
  return runCommand(db, performer, "financing.disbursement.create", async ({ tx, audit }) => {
    const c = await lockCommitment(tx, commitmentId);
    const remaining = BigInt(c.amount_cents) - BigInt(c.disbursed);
    if (cents > remaining)
      throw fail("financing_disbursement_exceeds", {
        amount: `${centsToDecimal(cents)} ${c.currency}`,
        remaining: `${centsToDecimal(remaining)} ${c.currency}`,
      });
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO financing_disbursements (commitment_id, amount_cents, paid_on, note)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [commitmentId, String(cents), paidOn, note === "" ? null : note],
    );
    const id = (row as { id: string }).id;
    await audit({
      subjectType: "Financing",
      subjectId: commitmentId,
      changes: {
        disbursement: { from: null, to: `${centsToDecimal(cents)} ${c.currency}` },
        paid_on: { from: null, to: paidOn },
      },
    });
    return { id };
  });
}

export type RateInput = {
  base: Currency;
  quote: Currency;
  onDate: string;
  rate: string;
  source: string;
};

export async function addRate(db: Db, performer: Performer, input: RateInput): Promise<void> {
  if (input.base === input.quote) throw fail("financing_rate_same_currency");
  const rate = parseRate(input.rate);
  const source = input.source.trim();
  if (source === "" || source.length > 300) throw fail("financing_rate_source");
  // Eight decimals, as numeric(18,8) stores it: exact, since parseRate takes at most eight.
  const decimal = rateToDecimal(rate);
  await runCommand(db, performer, "exchange_rate.create", async ({ tx, audit }) => {
    const added = await tx.query(
      `INSERT INTO exchange_rates (base, quote, on_date, rate, source) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING base`,
      [input.base, input.quote, input.onDate, decimal, source],
    );
    if (added.length === 0)
      throw fail("financing_rate_exists", {
        base: input.base,
        quote: input.quote,
        date: input.onDate,
      });
    await audit({
      subjectType: "ExchangeRate",
      subjectId: `${input.base}/${input.quote}/${input.onDate}`,
      changes: { rate: { from: null, to: decimal }, source: { from: null, to: source } },
    });
  });
}

export async function deleteRate(
  db: Db,
  performer: Performer,
  key: { base: string; quote: string; onDate: string },
): Promise<void> {
  await runCommand(db, performer, "exchange_rate.delete", async ({ tx, audit }) => {
    const [gone] = await tx.query<{ rate: string }>(
      `DELETE FROM exchange_rates WHERE base = $1 AND quote = $2 AND on_date = $3
       RETURNING rate::text AS rate`,
      [key.base, key.quote, key.onDate],
    );
    if (!gone) throw fail("not_found");
    await audit({
      subjectType: "ExchangeRate",
      subjectId: `${key.base}/${key.quote}/${key.onDate}`,
      changes: { rate: { from: gone.rate, to: null } },
    });
  });
}
