import type { Child } from "hono/jsx";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { formatDecimalText, formatMoney, PARTY_CURRENCY } from "../shared/money.ts";
import {
  CALL_TIME_ZONES,
  formatInZone,
  isCallTimeZone,
  ZONE_LABELS,
} from "../shared/time-zones.ts";
import { STATUS_LABELS, callText as t } from "./messages.ts";
import { CALLS_PATH, callPath } from "./paths.ts";
import type { CallCriterionView, CallView } from "./present.ts";

/** An instant in both parties' time, each reading kept on one line, machine-readable too. */
function When({ lang, at }: { lang: Lang; at: Date }) {
  return (
    <>
      {CALL_TIME_ZONES.map((zone, i) => (
        <>
          {i > 0 && " · "}
          <time datetime={at.toISOString()}>{formatInZone(lang, at, zone)}</time> (
          {ZONE_LABELS[zone][lang]})
        </>
      ))}
    </>
  );
}

/** The opening and the closing, as terms of a list of facts (the call's page, publishing). */
export function OpensCloses({ lang, call }: { lang: Lang; call: CallView }) {
  return (
    <>
      <dt>{t(lang, "opens")}</dt>
      <dd>
        <When lang={lang} at={call.opensAt} />
      </dd>
      <dt>{t(lang, "closes")}</dt>
      <dd>
        <When lang={lang} at={call.closesAt} />
      </dd>
    </>
  );
}

/** A call's page: everything an applicant needs before applying. */
export function CallPage(p: {
  lang: Lang;
  call: CallView;
  notice?: string | undefined;
  /** Sections of the area's other features (the funded projects, once decided). */
  extra?: Child;
}) {
  const { lang, call } = p;
  const zone = isCallTimeZone(call.timeZone) ? ZONE_LABELS[call.timeZone][lang] : call.timeZone;
  return (
    <>
      <p class="hint">
        <a href={localisedPath(lang, CALLS_PATH)}>{t(lang, "calls")}</a>
      </p>
      <h1>{call.title[lang]}</h1>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {call.status === "draft" && <Alert kind="info">{t(lang, "draftNotice")}</Alert>}
      {call.canApply && (
        <p>
          <a class="button" href={callPath(lang, call.code, "/candidater")}>
            {t(lang, "apply")}
          </a>{" "}
          <span class="hint">{t(lang, "applyHint")}</span>
        </p>
      )}
      {(call.canEdit || call.canPublish) && (
        <ul class="actions">
          {call.canEdit && (
            <li>
              <a class="button" href={callPath(lang, call.code, "/modifier")}>
                {t(lang, "edit")}
              </a>
            </li>
          )}
          {call.canPublish && (
            <li>
              <a href={callPath(lang, call.code, "/publier")}>{t(lang, "publish")}</a>
            </li>
          )}
          {call.canEdit && call.status !== "draft" && (
            <>
              <li>
                <a href={callPath(lang, call.code, "/evaluation")}>{t(lang, "review")}</a>
              </li>
              <li>
                <a href={callPath(lang, call.code, "/comite")}>{t(lang, "committee")}</a>
              </li>
              <li>
                <a href={callPath(lang, call.code, "/tableau-de-bord")}>{t(lang, "dashboard")}</a>
              </li>
            </>
          )}
        </ul>
      )}
      <dl class="facts">
        <dt>{t(lang, "code")}</dt>
        <dd>
          <span class="line-code">{call.code}</span>
        </dd>
        <dt>{t(lang, "status")}</dt>
        <dd>{localise(STATUS_LABELS[call.status], lang)}</dd>
        <OpensCloses lang={lang} call={call} />
      </dl>
      <p class="hint">{t(lang, "zoneSetIn", { zone })}</p>
      {call.text[lang] && (
        <section aria-labelledby="texte-titre">
          <h2 id="texte-titre">{t(lang, "text")}</h2>
          <p class="prewrap">{call.text[lang]}</p>
        </section>
      )}
      {p.extra}
      <h2>{t(lang, "lines")}</h2>
      <ul class="lines">
        {call.lines.map((l) => (
          <li class="line">
            <a
              class="line-code"
              href={`${localisedPath(lang, "/declaration")}#axe-${l.code.replace(".", "-")}`}
            >
              {l.code}
            </a>
            <span>{l.text[lang]}</span>
          </li>
        ))}
      </ul>
      {call.eligibleActivities[lang] && (
        <>
          <h2>{t(lang, "activities")}</h2>
          <p class="prewrap">{call.eligibleActivities[lang]}</p>
        </>
      )}
      <h2>{t(lang, "rules")}</h2>
      <ul>
        <li>{t(lang, "minPartners", { n: call.minPartnersPerParty })}</li>
        <li>
          {t(lang, "maxFunding", {
            qc: formatMoney(lang, call.maxFundingQcCents, PARTY_CURRENCY.qc),
            fr: formatMoney(lang, call.maxFundingFrCents, PARTY_CURRENCY.fr),
          })}
        </li>
        <li>
          {t(lang, "cofinancing", { rate: formatDecimalText(lang, call.cofinancingRatePct) })}
        </li>
      </ul>
      <h2>{t(lang, "envelopes")}</h2>
      <dl class="facts">
        <dt>{t(lang, "envelopeQc")}</dt>
        <dd>{formatMoney(lang, call.envelopeQcCents, PARTY_CURRENCY.qc)}</dd>
        <dt>{t(lang, "envelopeFr")}</dt>
        <dd>{formatMoney(lang, call.envelopeFrCents, PARTY_CURRENCY.fr)}</dd>
      </dl>
      <h2>{t(lang, "documents")}</h2>
      {call.documents.length === 0 ? (
        <p class="empty-state">{t(lang, "noDocuments")}</p>
      ) : (
        <ul>
          {call.documents.map((d) => (
            <li>
              {d.label[lang]} ({t(lang, d.required ? "required" : "optional")})
            </li>
          ))}
        </ul>
      )}
      <h2>{t(lang, "grid")}</h2>
      <h3>{t(lang, "eligibility")}</h3>
      {call.eligibility.length === 0 ? (
        <p class="empty-state">{t(lang, "noEligibility")}</p>
      ) : (
        <ul>
          {call.eligibility.map((c) => (
            <li>
              {c.label[lang]}
              {c.guidance[lang] && <span class="hint"> — {c.guidance[lang]}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, "scored")}</h3>
      {call.scored.length === 0 ? (
        <p class="empty-state">{t(lang, "noScored")}</p>
      ) : (
        <ScoredTable lang={lang} criteria={call.scored} />
      )}
    </>
  );
}

function ScoredTable({ lang, criteria }: { lang: Lang; criteria: CallCriterionView[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t(lang, "criterion")}</th>
          <th scope="col" class="num">
            {t(lang, "weight")}
          </th>
          <th scope="col">{t(lang, "guidance")}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr>
            <th scope="row">{c.label[lang]}</th>
            <td class="num">{formatDecimalText(lang, c.weight ?? "")}</td>
            <td>{c.guidance[lang]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
