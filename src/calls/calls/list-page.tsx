import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { formatMoney, PARTY_CURRENCY } from "../shared/money.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { STATUS_LABELS, callText as t } from "./messages.ts";
import { CALLS_PATH, callPath } from "./paths.ts";
import type { CallSummaryView } from "./present.ts";

/** The list: open, upcoming and closed calls, each with why it is empty; drafts for officials. */
export function CallListPage(p: {
  lang: Lang;
  open: CallSummaryView[];
  upcoming: CallSummaryView[];
  closed: CallSummaryView[];
  drafts: CallSummaryView[] | null;
  canCreate: boolean;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "calls")}</h1>
      <p class="lead">{t(lang, "callsLead")}</p>
      {p.canCreate && (
        <p>
          <a class="button" href={localisedPath(lang, `${CALLS_PATH}/nouveau`)}>
            {t(lang, "newCall")}
          </a>{" "}
          <a href={localisedPath(lang, `${CALLS_PATH}/statistiques`)}>{t(lang, "statistics")}</a>
        </p>
      )}
      <CallSection
        lang={lang}
        id="ouverts"
        title={t(lang, "open")}
        calls={p.open}
        empty={t(lang, "noOpen")}
      />
      <CallSection
        lang={lang}
        id="a-venir"
        title={t(lang, "upcoming")}
        calls={p.upcoming}
        empty={t(lang, "noUpcoming")}
      />
      <CallSection
        lang={lang}
        id="clos"
        title={t(lang, "closed")}
        calls={p.closed}
        empty={t(lang, "noClosed")}
      />
      {p.drafts && (
        <CallSection
          lang={lang}
          id="brouillons"
          title={t(lang, "drafts")}
          lead={t(lang, "draftsLead")}
          calls={p.drafts}
          empty={t(lang, "noDrafts")}
        />
      )}
    </>
  );
}

function CallSection(p: {
  lang: Lang;
  id: string;
  title: string;
  lead?: string;
  calls: CallSummaryView[];
  empty: string;
}) {
  const { lang } = p;
  return (
    <section aria-labelledby={`${p.id}-titre`}>
      <h2 id={`${p.id}-titre`}>{p.title}</h2>
      {p.lead && <p class="hint">{p.lead}</p>}
      {p.calls.length === 0 ? (
        <p class="empty-state">{p.empty}</p>
      ) : (
        <ul class="lines">
          {p.calls.map((c) => (
            <li class="priority">
              <h3>
                <a href={callPath(lang, c.code)}>{c.title[lang]}</a>
              </h3>
              <p>
                <span class="line-code">{c.code}</span> · {localise(STATUS_LABELS[c.status], lang)}
              </p>
              <p>
                {c.status === "closed"
                  ? t(lang, "closedOn", { when: formatBothZones(lang, c.closesAt) })
                  : c.status === "open"
                    ? t(lang, "closesOn", { when: formatBothZones(lang, c.closesAt) })
                    : t(lang, "opensOn", { when: formatBothZones(lang, c.opensAt) })}
              </p>
              <p class="hint">
                {t(lang, "envelopesLine", {
                  qc: formatMoney(lang, c.envelopeQcCents, PARTY_CURRENCY.qc),
                  fr: formatMoney(lang, c.envelopeFrCents, PARTY_CURRENCY.fr),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
