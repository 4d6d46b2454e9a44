import { declarationPdf } from "../../declaration/declaration-pdf.ts";
import { CLI_PERFORMER, type Performer } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { publishDecision, setPublicTitle } from "../disclosure/commands.ts";
import { addDocument, decideDocument } from "../documents/commands.ts";
import { sendLetter } from "../letters/commands.ts";
import { createRequest, logSearch, moveRequest } from "../requests/commands.ts";
import { parseIntake } from "../requests/schema.ts";

export const DEMO_REFERENCE = "202311-76";

/**
 * The seed document's own case, replayed through the register: request 202311-76 received on
 * 30 November 2023, the declaration found and accessible in full, decided and sent on day 20
 * (20 December 2023), then published. The requester is a placeholder, as in the released letter.
 */
export async function seedAccessDemo(db: Db, performer: Performer = CLI_PERFORMER) {
  const [exists] = await db.query("SELECT 1 FROM access_requests WHERE reference = $1", [
    DEMO_REFERENCE,
  ]);
  if (exists) return false;
  const intake = parseIntake(
    {
      jurisdiction: "qc",
      channel: "email",
      receivedOn: "2023-11-30",
      subject: "Demande d’accès à l’information",
      documentsSought:
        "La déclaration d’intention entre le Québec et la République française sur la coopération en matière de métaux critiques, signée à Québec le 22 novembre 2023.",
      lang: "fr",
      name: "Demandeur (démonstration)",
      email: "demandeur@example.org",
    },
    new Date("2023-11-30T17:00:00Z"),
  );
  const reference = DEMO_REFERENCE;
  await createRequest(db, performer, intake, { reference });
  await moveRequest(db, performer, { reference, to: "in_progress", onDate: "2023-12-01" });
  await logSearch(db, performer, reference, {
    unit: "Direction des relations internationales (démonstration)",
    searchedOn: "2023-12-04",
    result: "Un document repéré : la déclaration d’intention signée le 22 novembre 2023.",
  });
  const { id } = await addDocument(db, performer, reference, {
    title:
      "Déclaration d’intention relative à la coopération sur les métaux critiques dans la transition énergétique et numérique entre le Québec et la République française",
    fileName: "declaration-intention-2023-11-22.pdf",
    content: await declarationPdf(),
  });
  await decideDocument(db, performer, {
    reference,
    documentId: id,
    decision: "accessible",
    articles: [],
  });
  await moveRequest(db, performer, {
    reference,
    to: "decided",
    onDate: "2023-12-20",
    outcome: "full",
  });
  await setPublicTitle(db, performer, {
    reference,
    fr: "Déclaration d’intention Québec–France sur les métaux critiques",
    en: "Québec–France Declaration of Intent on critical metals",
  });
  await sendLetter(db, performer, { reference, kind: "decision", sentOn: "2023-12-20" });
  await publishDecision(db, performer, {
    reference,
    onDate: "2023-12-21",
    lang: "fr",
    summary:
      "La recherche a permis de repérer un document visé par la demande : la déclaration d’intention signée à Québec le 22 novembre 2023. Il est accessible en totalité.",
  });
  return true;
}
