/** What several brief pages show alike: the author, the status badge, the approvals so far. */
import { formatDateTime } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { briefText as t } from "./messages.ts";
import { type BriefStatus, PARTY_LABELS, partiesStillToApprove, STATUS_LABELS } from "./model.ts";
import type { Brief } from "./queries.ts";

export const author = (lang: Lang, b: Brief) =>
  `${b.author.name ?? t(lang, "unknownAuthor")} (${PARTY_LABELS[b.author.party][lang]})`;

export const Status = ({ lang, status }: { lang: Lang; status: BriefStatus }) => (
  <span class={`badge status-${status}`}>{STATUS_LABELS[status][lang]}</span>
);

export function Approvals({ lang, brief: b }: { lang: Lang; brief: Brief }) {
  const still = partiesStillToApprove(b.approvals.map((a) => a.party));
  return (
    <ul>
      {b.approvals.map((a) => (
        <li>
          {t(lang, "approvedBy", {
            party: PARTY_LABELS[a.party][lang],
            name: a.name ?? t(lang, "unknownAuthor"),
            date: formatDateTime(lang, a.at),
          })}
        </li>
      ))}
      {b.status === "in_review" &&
        still.map((p) => <li>{t(lang, "awaiting", { party: PARTY_LABELS[p][lang] })}</li>)}
    </ul>
  );
}
