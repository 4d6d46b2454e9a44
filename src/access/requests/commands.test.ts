/**
 * A notified third party's period comes from data/access/deadline-rules.json (read here on its
 * own, not through the code under test), and a refusal changes nothing.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createTestDb } from "../../platform/testing/test-db.ts";
import { DEADLINE_RULES_FILE } from "../deadlines/rules.ts";
import { publicationDueOn } from "../disclosure/present.ts";
import { createRequest, notifyThirdParty } from "./commands.ts";
import { listThirdParties } from "./queries.ts";
import { parseIntake } from "./schema.ts";

const NOW = new Date("2024-06-14T15:00:00Z");
const rules = JSON.parse(fs.readFileSync(DEADLINE_RULES_FILE, "utf8"));
/** Calendar days after an ISO date, by UTC arithmetic. */
const plus = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let db: Db;
let reference: string;
let requestId: string;

beforeAll(async () => {
  db = await createTestDb();
  const intake = parseIntake(
    {
      jurisdiction: "qc",
      channel: "email",
      receivedOn: "2024-06-14",
      subject: "Contrats de la mission",
      documentsSought: "Le contrat signé avec la société minière",
      name: "Paul Demandeur",
      email: "paul@example.org",
    },
    NOW,
  );
  ({ reference, id: requestId } = await createRequest(db, CLI_PERFORMER, intake));
}, 120_000);
afterAll(() => db?.close());

describe("third-party notices and publication: periods from the cited rules", () => {
  it("the rules file names a positive period and its legal basis for each", () => {
    expect(rules.qc.thirdPartyObservations.days).toBeGreaterThan(0);
    expect(rules.qc.thirdPartyObservations.basis).toMatch(/A-2\.1, art\. 49/);
    expect(rules.qc.publication.days).toBeGreaterThan(0);
    expect(rules.qc.publication.basis).toMatch(/A-2\.1, r\. 2/);
  });

  it("a notice's observations are due the file's number of days after it was sent", async () => {
    await notifyThirdParty(db, CLI_PERFORMER, reference, {
      thirdParty: "Société minière du Nord",
      sentOn: "2024-06-17",
    });
    const [notice] = await listThirdParties(db, requestId);
    expect(notice?.answer_due_on).toBe(plus("2024-06-17", rules.qc.thirdPartyObservations.days));
  });

  it("refuses a notice sent before the request was received, and records nothing", async () => {
    const before = (await listThirdParties(db, requestId)).length;
    await expect(
      notifyThirdParty(db, CLI_PERFORMER, reference, { thirdParty: "Autre", sentOn: "2024-06-01" }),
    ).rejects.toMatchObject({ id: "access_date_before_receipt" });
    expect(await listThirdParties(db, requestId)).toHaveLength(before);
  });

  it("publication is due the file's number of days after the decision letter is sent", () => {
    expect(publicationDueOn("2023-12-20")).toBe(plus("2023-12-20", rules.qc.publication.days));
  });
});
