import type { Lang } from "../../platform/i18n/i18n.ts";
import { reviewText as t } from "./messages.ts";
import type { ReviewScoresView, VersionView } from "./present.ts";

/** The parties an official screens for, or a reviewer belongs to. */
export const PARTIES = [
  ["qc", { fr: "Québec", en: "Québec" }],
  ["fr", { fr: "France", en: "France" }],
] as const;

export function Partners({ lang, header }: { lang: Lang; header: VersionView }) {
  return (
    <>
      <h2>{t(lang, "partners")}</h2>
      <ul>
        {header.partners.map((partner) => (
          <li>
            {partner.name} ({partner.party}, {partner.role})
          </li>
        ))}
      </ul>
    </>
  );
}

export function ScoresList({ reviews }: { reviews: ReviewScoresView[] }) {
  return (
    <>
      {reviews.map((o) => (
        <>
          <h3>{o.reviewer}</h3>
          <ul>
            {o.scores.map((s) => (
              <li>
                {s.label} — {s.score}
                {s.comment ? ` — ${s.comment}` : ""}
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}
