import type { Queryable } from "../../platform/db/client.ts";
import { rankingRows } from "./queries.ts";

/** One eligible application in the ranking of its call. */
export type RankedApplication = {
  /** 1 for the highest mean; ties share a rank; null while no review was received. */
  rank: number | null;
  applicationId: string;
  reference: string;
  title: string;
  /** The weighted mean on 0–5, or null without a submitted review. */
  mean: number | null;
  reviewsAsked: number;
  reviewsReceived: number;
  /** The scored criteria on which two submitted reviews are more than 2 points apart. */
  disagreements: { criterionId: string; labelFr: string; labelEn: string }[];
};

/**
 * The ranking of a call: every application both parties found eligible, by weighted mean,
 * those without a submitted review last. For an application reviewed by reviewers r = 1…n
 * (submitted reviews only; recused and draft ones do not count), with the grid's weights wᵢ and
 * reviewer r's score sᵣᵢ on scored criterion i:
 *
 *     mean = (1/n) · Σᵣ [ Σᵢ wᵢ·sᵣᵢ / Σᵢ wᵢ ]
 *
 * each review's weighted average first, then their plain mean, so every reviewer weighs the
 * same. One SQL query (see `rankingRows`), whatever the number of applications; the dashboard,
 * the API and the committee's decisions all read it from here.
 */
export async function rankingOf(db: Queryable, callId: string): Promise<RankedApplication[]> {
  const rows = await rankingRows(db, callId);
  let rank = 0;
  let previous: number | null = null;
  return rows.map((row, index) => {
    if (row.mean !== null && row.mean !== previous) rank = index + 1;
    previous = row.mean;
    return {
      rank: row.mean === null ? null : rank,
      applicationId: row.id,
      reference: row.reference,
      title: row.title,
      mean: row.mean,
      reviewsAsked: row.asked,
      reviewsReceived: row.received,
      disagreements: row.disagreements.map((d) => ({
        criterionId: d.id,
        labelFr: d.label_fr,
        labelEn: d.label_en,
      })),
    };
  });
}
