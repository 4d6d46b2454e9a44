import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { addDays } from "../deadlines/index.ts";
import { deadlineRules } from "../deadlines/rules.ts";
import { lockRequest } from "./commands.ts";

export type ThirdPartyRow = {
  id: string;
  third_party: string;
  sent_on: string;
  answer_due_on: string;
  answer: string | null;
  answered_on: string | null;
};

export function notifyThirdParty(
  db: Db,
  performer: Performer,
  reference: string,
  input: { thirdParty: string; sentOn: string },
) {
  const name = input.thirdParty.trim();
  if (!name || name.length > 200) {
    throw fail(
      "validation_failed",
      {},
      {
        thirdParty: { fr: "Nom du tiers obligatoire.", en: "Third party's name required." },
      },
    );
  }
  return runCommand(db, performer, "access.third_party.notify", async ({ tx, audit }) => {
    const r = await lockRequest(tx, reference);
    if (input.sentOn < r.received_on) throw fail("access_date_before_receipt");
    // A notified third party's period for observations (data/access/deadline-rules.json).
    const due = addDays(input.sentOn, deadlineRules().qc.thirdPartyObservations.days);
    await tx.query(
      `INSERT INTO access_third_party_notices (request_id, third_party, sent_on, answer_due_on)
       VALUES ($1, $2, $3, $4)`,
      [r.id, name, input.sentOn, due],
    );
    await audit({
      subjectType: "AccessRequest",
      subjectId: reference,
      changes: { thirdParty: { from: null, to: name }, answerDueOn: { from: null, to: due } },
    });
  });
}

export function listThirdParties(db: Queryable, requestId: string) {
  return db.query<ThirdPartyRow>(
    `SELECT id, third_party, sent_on, answer_due_on, answer, answered_on
       FROM access_third_party_notices WHERE request_id = $1 ORDER BY sent_on, third_party`,
    [requestId],
  );
}
