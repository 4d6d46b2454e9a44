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
    <form method="post" action={p.action} class="stacked" novalidate>
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
        options={p.choices.lines.map((l) => ({
          value: l.code,
          label: `${l.code} — ${inLang(lang, l.textFr, l.textEn)}`,
          checked: lines.has(l.code),
        }))}
      />
      <Checkboxes
        lang={lang}
        form={form}
        name="stages"
        legend={t(lang, "stages")}
        options={p.choices.stages.map((s) => ({
          value: s.id,
          label: inLang(lang, s.labelFr, s.labelEn),
          checked: stages.has(s.id),
        }))}
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
        options={[
          { value: "on", label: t(lang, "published"), checked: form.values.published === "on" },
        ]}
      />
      <p>
        <button type="submit">{t(lang, "save")}</button> <a href={p.cancel}>{t(lang, "cancel")}</a>
      </p>
    </form>
  );
}

function Checkboxes(p: {
  lang: Lang;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; checked: boolean }[];
}) {
  const error = p.form.errors[p.name];
  return (
    <fieldset aria-describedby={error ? `${p.name}-error` : undefined}>
      <legend>{p.legend}</legend>
      {p.hint && <p class="hint">{p.hint}</p>}
      {p.options.map((o, i) => (
        <div>
          <input
            type="checkbox"
            id={`${p.name}-${i}`}
            name={p.name}
            value={o.value}
            checked={o.checked}
          />{" "}
          <label for={`${p.name}-${i}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p class="field-error" id={`${p.name}-error`}>
          {localise(error, p.lang)}
        </p>
      )}
    </fieldset>
  );
}
