import type { Child } from "hono/jsx";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { formatDecimalText, formatMoney, PARTY_CURRENCY } from "../shared/money.ts";
import {
  CALL_TIME_ZONES,
  formatBothZones,
  formatInZone,
  isCallTimeZone,
  ZONE_LABELS,
} from "../shared/time-zones.ts";
import { STATUS_LABELS, callText as t } from "./messages.ts";
import type { CallCriterionView, CallSummaryView, CallView, LineChoicesView } from "./present.ts";

export const CALLS_PATH = "/appels";
export const callPath = (lang: Lang, code: string, tail = "") =>
  localisedPath(lang, `${CALLS_PATH}/${code}${tail}`);

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
        <dt>{t(lang, "opens")}</dt>
        <dd>
          <When lang={lang} at={call.opensAt} />
        </dd>
        <dt>{t(lang, "closes")}</dt>
        <dd>
          <When lang={lang} at={call.closesAt} />
        </dd>
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

/** How many rows of each kind the form offers: what is there, and a few blank ones. */
const rowCount = (form: FormState, group: string, spare: number, least: number) => {
  const used = Object.keys(form.values)
    .map((k) => new RegExp(`^${group}\\.(\\d+)\\.`).exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return Math.max(used.length ? Math.max(...used) + 1 + spare : 0, least);
};

/** An input in a table of rows: its column header says what it is, its label says it again. */
function CellInput(p: { lang: Lang; form: FormState; name: string; label: string }) {
  const error = p.form.errors[p.name];
  return (
    <td>
      <label class="visually-hidden" for={p.name}>
        {p.label}
      </label>
      <input
        type="text"
        id={p.name}
        name={p.name}
        value={p.form.values[p.name] ?? ""}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${p.name}-error` : undefined}
      />
      {error && (
        <p class="field-error" id={`${p.name}-error`}>
          {localise(error, p.lang)}
        </p>
      )}
    </td>
  );
}

/**
 * Rows of a table of inputs (documents, criteria): one row per item, its number first, one
 * column per field.
 */
function RowsTable(p: {
  lang: Lang;
  form: FormState;
  group: string;
  rows: number;
  caption: string;
  rowLabel: (n: number) => string;
  columns: { field: string; label: string }[];
  required?: boolean;
}) {
  const { lang, form } = p;
  return (
    <table>
      <caption class="visually-hidden">{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{t(lang, "number")}</span>
          </th>
          {p.columns.map((col) => (
            <th scope="col">{col.label}</th>
          ))}
          {p.required && <th scope="col">{t(lang, "requiredColumn")}</th>}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: p.rows }, (_, i) => {
          const key = `${p.group}.${i}`;
          return (
            <tr>
              <th scope="row">{i + 1}</th>
              {p.columns.map((col) => (
                <CellInput
                  lang={lang}
                  form={form}
                  name={`${key}.${col.field}`}
                  label={t(lang, "cellLabel", { row: p.rowLabel(i + 1), column: col.label })}
                />
              ))}
              {p.required && (
                <td>
                  <input
                    type="checkbox"
                    id={`${key}.required`}
                    name={`${key}.required`}
                    checked={
                      form.values[`${key}.required`] === "on" || !form.values[`${key}.labelFr`]
                    }
                  />{" "}
                  <label for={`${key}.required`} class="visually-hidden">
                    {t(lang, "cellLabel", { row: p.rowLabel(i + 1), column: t(lang, "required") })}
                  </label>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The call form, for creating and editing; each field's error next to it. */
export function CallFormPage(p: {
  lang: Lang;
  csrf: string;
  heading: string;
  form: FormState;
  choices: LineChoicesView;
  action: string;
  cancel: string;
}) {
  const { lang, form } = p;
  const f = { lang, form };
  const ticked = new Set((form.values.lines ?? "").split(","));
  const hasErrors = Object.keys(form.errors).length > 0;
  const labels = [
    { field: "labelFr", label: t(lang, "labelFr") },
    { field: "labelEn", label: t(lang, "labelEn") },
  ];
  return (
    <>
      <h1>{p.heading}</h1>
      <form method="post" action={p.action} novalidate>
        <Csrf token={p.csrf} />
        {hasErrors && (
          <Alert kind="error">
            {form.errors._ ? localise(form.errors._, lang) : t(lang, "formErrors")}
          </Alert>
        )}
        <h2>{t(lang, "sectionTexts")}</h2>
        {/* One row per French–English pair, the rows spaced as a list. */}
        <div class="lines">
          <div class="parties">
            <Field {...f} name="titleFr" label={t(lang, "titleFr")} required />
            <Field {...f} name="titleEn" label={t(lang, "titleEn")} required />
          </div>
          <div class="parties">
            <Field {...f} name="textFr" label={t(lang, "textFr")} multiline />
            <Field {...f} name="textEn" label={t(lang, "textEn")} multiline />
          </div>
          <div class="parties">
            <Field {...f} name="eligibleActivitiesFr" label={t(lang, "activitiesFr")} multiline />
            <Field {...f} name="eligibleActivitiesEn" label={t(lang, "activitiesEn")} multiline />
          </div>
        </div>
        <h2>{t(lang, "sectionDates")}</h2>
        <p class="hint">{t(lang, "timeZoneHint")}</p>
        <div class="parties">
          <Select
            {...f}
            name="timeZone"
            label={t(lang, "timeZone")}
            options={CALL_TIME_ZONES.map(
              (z) =>
                [
                  z,
                  { fr: `${z} (${ZONE_LABELS[z].fr})`, en: `${z} (${ZONE_LABELS[z].en})` },
                ] as const,
            )}
          />
          <Field {...f} name="opensAt" label={t(lang, "opensAt")} type="datetime-local" required />
          <Field
            {...f}
            name="closesAt"
            label={t(lang, "closesAt")}
            type="datetime-local"
            required
          />
        </div>
        <h2>{t(lang, "sectionMoney")}</h2>
        <p class="hint">{t(lang, "amountHint")}</p>
        <div class="lines">
          <div class="parties">
            <Field {...f} name="envelopeQc" label={t(lang, "envelopeQcField")} required />
            <Field {...f} name="envelopeFr" label={t(lang, "envelopeFrField")} required />
          </div>
          <div class="parties">
            <Field {...f} name="maxFundingQc" label={t(lang, "maxFundingQcField")} required />
            <Field {...f} name="maxFundingFr" label={t(lang, "maxFundingFrField")} required />
          </div>
          <div class="parties">
            <Field {...f} name="cofinancingRatePct" label={t(lang, "rateField")} required />
            <Field {...f} name="minPartnersPerParty" label={t(lang, "minPartnersField")} required />
          </div>
        </div>
        <h2>{t(lang, "lines")}</h2>
        <p class="hint">{t(lang, "linesHint")}</p>
        {form.errors.lines && (
          <p class="field-error" id="lines-error">
            {localise(form.errors.lines, lang)}
          </p>
        )}
        {p.choices.map((priority) => (
          <fieldset aria-describedby={form.errors.lines ? "lines-error" : undefined}>
            <legend>
              {priority.code}. {priority.title[lang]}
            </legend>
            <div class="tool-grid">
              {priority.lines.map((l) => (
                <div>
                  <input
                    type="checkbox"
                    id={`line-${l.code}`}
                    name="lines"
                    value={l.code}
                    checked={ticked.has(l.code)}
                  />{" "}
                  <label for={`line-${l.code}`}>
                    {l.code} — {l.text[lang]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <h2>{t(lang, "documents")}</h2>
        <p class="hint">{t(lang, "documentsHint")}</p>
        <RowsTable
          lang={lang}
          form={form}
          group="documents"
          rows={rowCount(form, "documents", 2, 4)}
          caption={t(lang, "documents")}
          rowLabel={(n) => t(lang, "documentRow", { n })}
          columns={labels}
          required
        />
        <h2>{t(lang, "grid")}</h2>
        <h3>{t(lang, "eligibility")}</h3>
        <p class="hint">{t(lang, "eligibilityHint")}</p>
        <RowsTable
          lang={lang}
          form={form}
          group="eligibility"
          rows={rowCount(form, "eligibility", 1, 3)}
          caption={t(lang, "eligibility")}
          rowLabel={(n) => t(lang, "eligibilityRow", { n })}
          columns={labels}
        />
        <h3>{t(lang, "scored")}</h3>
        <p class="hint">{t(lang, "scoredHint")}</p>
        <RowsTable
          lang={lang}
          form={form}
          group="scored"
          rows={rowCount(form, "scored", 1, 5)}
          caption={t(lang, "scored")}
          rowLabel={(n) => t(lang, "scoredRow", { n })}
          columns={[
            ...labels,
            { field: "weight", label: t(lang, "weight") },
            { field: "guidanceFr", label: t(lang, "guidanceFr") },
            { field: "guidanceEn", label: t(lang, "guidanceEn") },
          ]}
        />
        <p>
          <button type="submit">{t(lang, "save")}</button>{" "}
          <a href={p.cancel}>{t(lang, "cancel")}</a>
        </p>
      </form>
    </>
  );
}

/** Publishing asks first, and says what is missing. */
export function PublishPage(p: {
  lang: Lang;
  csrf: string;
  call: CallView;
  error?: string | undefined;
}) {
  const { lang, call } = p;
  return (
    <>
      <h1>{t(lang, "publishCall", { code: call.code })}</h1>
      <p class="lead">{call.title[lang]}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <p>{t(lang, "publishLead")}</p>
      <dl class="facts">
        <dt>{t(lang, "opens")}</dt>
        <dd>
          <When lang={lang} at={call.opensAt} />
        </dd>
        <dt>{t(lang, "closes")}</dt>
        <dd>
          <When lang={lang} at={call.closesAt} />
        </dd>
      </dl>
      {call.scored.length === 0 && !p.error && (
        <Alert kind="note">{t(lang, "publishNoScored")}</Alert>
      )}
      <form method="post" action={callPath(lang, call.code, "/publier")}>
        <Csrf token={p.csrf} />
        <button type="submit">{t(lang, "publish")}</button>{" "}
        <a href={callPath(lang, call.code)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
