import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { createCall, publishCall } from "../calls/commands.ts";
import { parseCallInput } from "../calls/schema.ts";
import { instantToLocal } from "../shared/time-zones.ts";
import { DEMO_CALLS, DEMO_DOCUMENTS, DEMO_ELIGIBILITY, DEMO_SCORED } from "./calls.ts";

const DAY = 86_400_000;

/**
 * The demo's three calls, published, through the same checks and commands as the form: one open
 * now, one upcoming, one closed, dated from `now`. Run twice, the second run changes nothing.
 */
export async function seedCallsDemo(db: Db, now = new Date()): Promise<boolean> {
  const [exists] = await db.query("SELECT 1 FROM calls WHERE title_fr = $1", [
    DEMO_CALLS[0]?.titleFr,
  ]);
  if (exists) return false;
  const day = (offset: number, zone: string, time: string) =>
    `${instantToLocal(new Date(now.getTime() + offset * DAY), zone).slice(0, 10)}T${time}`;
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
    const { code } = await createCall(db, CLI_PERFORMER, input, now);
    await publishCall(db, CLI_PERFORMER, code);
  }
  return true;
}
