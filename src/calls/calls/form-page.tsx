import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { CALL_TIME_ZONES, ZONE_LABELS } from "../shared/time-zones.ts";
import { callText as t } from "./messages.ts";
import type { LineChoicesView } from "./present.ts";

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
