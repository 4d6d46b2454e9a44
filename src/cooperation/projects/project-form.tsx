import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { KIND_LABELS, PARTY_LABELS, PROJECT_KINDS } from "./labels.ts";
import { projectText as t } from "./messages.ts";
import { type FormChoicesView, inLang } from "./present.ts";

type Props = {
  lang: Lang;
  csrf: string;
  form: FormState;
  choices: FormChoicesView;
  action: string;
  cancel: string;
  /** Administrators choose the responsible party; members create for their own. */
  chooseParty: boolean;
};

/** The project form, for creating and editing; shows each field's error next to it. */
export function ProjectForm(p: Props) {
  const { lang, form } = p;
  const f = { lang, form };
  const picked = (name: string) => new Set((form.values[name] ?? "").split(","));
  const lines = picked("lines");
  const stages = picked("stages");
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <form method="post" action={p.action} class="stacked with-choices" novalidate>
      <Csrf token={p.csrf} />
      {hasErrors && <Alert kind="error">{t(lang, "formErrors")}</Alert>}
      <Field {...f} name="titleFr" label={t(lang, "titleFr")} required />
      <Field {...f} name="titleEn" label={t(lang, "titleEn")} required />
      <Field {...f} name="summaryFr" label={t(lang, "summaryFr")} multiline />
      <Field {...f} name="summaryEn" label={t(lang, "summaryEn")} multiline />
      <Select
        {...f}
        name="kind"
        label={t(lang, "kind")}
        options={PROJECT_KINDS.map((k) => [k, KIND_LABELS[k]] as const)}
      />
      {p.chooseParty && (
        <Select
          {...f}
          name="ownerParty"
          label={t(lang, "party")}
          options={[
            ["", { fr: t("fr", "choose"), en: t("en", "choose") }],
            ["qc", PARTY_LABELS.qc],
            ["fr", PARTY_LABELS.fr],
          ]}
        />
      )}
      <Checkboxes
        lang={lang}
        form={form}
        name="lines"
        legend={t(lang, "lines")}
        hint={t(lang, "linesHint")}
        groups={p.choices.priorities.map((pr) => ({
          legend: `${t(lang, "priority", { code: pr.code })} — ${inLang(lang, pr.titleFr, pr.titleEn)}`,
          options: pr.lines.map((l) => ({
            value: l.code,
            code: l.code,
            label: inLang(lang, l.textFr, l.textEn),
            checked: lines.has(l.code),
          })),
        }))}
      />
      <Checkboxes
        lang={lang}
        form={form}
        name="stages"
        legend={t(lang, "stages")}
        groups={[
          {
            options: p.choices.stages.map((s) => ({
              value: s.id,
              label: inLang(lang, s.labelFr, s.labelEn),
              checked: stages.has(s.id),
            })),
          },
        ]}
      />
      <Field {...f} name="materials" label={t(lang, "materials")} hint={t(lang, "materialsHint")} />
      <fieldset>
        <legend>{t(lang, "location")}</legend>
        <Field {...f} name="latitude" label={t(lang, "latitude")} />
        <Field {...f} name="longitude" label={t(lang, "longitude")} />
        <Field {...f} name="region" label={t(lang, "region")} />
        <Field {...f} name="country" label={t(lang, "country")} />
      </fieldset>
      <fieldset>
        <legend>{t(lang, "dates")}</legend>
        <Field {...f} name="startOn" label={t(lang, "startOn")} type="date" />
        <Field {...f} name="endOn" label={t(lang, "endOn")} type="date" />
      </fieldset>
      <Select
        {...f}
        name="confidentialTo"
        label={t(lang, "confidentialTo")}
        options={[
          ["", { fr: t("fr", "shared"), en: t("en", "shared") }],
          ["qc", { fr: t("fr", "confidentialQc"), en: t("en", "confidentialQc") }],
          ["fr", { fr: t("fr", "confidentialFr"), en: t("en", "confidentialFr") }],
        ]}
      />
      <Checkboxes
        lang={lang}
        form={form}
        name="published"
        legend={t(lang, "published")}
        hint={t(lang, "publishedHint")}
        groups={[
          {
            options: [
              { value: "on", label: t(lang, "published"), checked: form.values.published === "on" },
            ],
          },
        ]}
      />
      <p>
        <button type="submit">{t(lang, "save")}</button> <a href={p.cancel}>{t(lang, "cancel")}</a>
      </p>
    </form>
  );
}

type Choice = { value: string; code?: string; label: string; checked: boolean };

/** Past this many characters a choice shows its opening words; the rest is read aloud, and shown on hover. */
const SHORT_LABEL = 60;

/** A long wording cut at a word boundary: what is shown, and the rest. */
function shortened(text: string, max = SHORT_LABEL): [string, string] {
  if (text.length <= max) return [text, ""];
  const cut = text.lastIndexOf(" ", max);
  const at = cut > 0 ? cut : max;
  return [text.slice(0, at), text.slice(at)];
}

/**
 * Boxes to tick, in groups (the lines of action by priority), two columns where the screen
 * allows. A long wording shows its code and opening words; screen readers read it whole, and
 * the title shows it whole on hover.
 */
function Checkboxes(p: {
  lang: Lang;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  groups: { legend?: string; options: Choice[] }[];
}) {
  const error = p.form.errors[p.name];
  const options = p.groups.flatMap((g) => g.options);
  let index = 0;
  const box = (o: Choice) => {
    const id = `${p.name}-${index++}`;
    const [shown, rest] = shortened(o.label);
    const full = o.code ? `${o.code} — ${o.label}` : o.label;
    return (
      <div>
        <input type="checkbox" id={id} name={p.name} value={o.value} checked={o.checked} />{" "}
        <label for={id} title={rest ? full : undefined}>
          {o.code && <span class="line-code">{o.code}</span>}
          {o.code && " — "}
          {shown}
          {rest && (
            <>
              <span aria-hidden="true">…</span>
              <span class="visually-hidden">{rest}</span>
            </>
          )}
        </label>
      </div>
    );
  };
  return (
    <fieldset
      class={options.length > 1 ? "choices" : undefined}
      aria-describedby={error ? `${p.name}-error` : undefined}
    >
      <legend>{p.legend}</legend>
      {p.hint && <p class="hint">{p.hint}</p>}
      {p.groups.map((g) =>
        g.legend ? (
          <fieldset>
            <legend>{g.legend}</legend>
            <div class="choice-grid">{g.options.map(box)}</div>
          </fieldset>
        ) : (
          <div class="choice-grid">{g.options.map(box)}</div>
        ),
      )}
      {error && (
        <p class="field-error" id={`${p.name}-error`}>
          {localise(error, p.lang)}
        </p>
      )}
    </fieldset>
  );
}
