/** The draft form (texts and links) and, when editing, the figures frozen into the draft. */

import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { PARTIES } from "../engine/index.ts";
import { FIGURE_KINDS, type FrozenFigure, KIND_LABELS, VIEW_LABELS } from "./figure-types.ts";
import { briefText as t } from "./messages.ts";
import { FIELD_LABELS, TEXT_FIELDS } from "./model.ts";
import { briefPath } from "./paths.ts";

export function BriefForm(props: {
  lang: Lang;
  csrf: string;
  form: FormState;
  action: string;
  cancel: string;
}) {
  const { lang, form } = props;
  const f = { lang, form };
  const label = (k: keyof typeof FIELD_LABELS) => FIELD_LABELS[k][lang];
  return (
    <form method="post" action={props.action} class="stacked" novalidate>
      <Csrf token={props.csrf} />
      {form.errors.form && (
        <Alert kind="error">
          {t(lang, "formErrors")} {localise(form.errors.form, lang)}
        </Alert>
      )}
      <p class="hint">{t(lang, "formHint")}</p>
      {TEXT_FIELDS.map((name) => (
        <Field {...f} name={name} label={label(name)} multiline={!name.startsWith("title")} />
      ))}
      <Field {...f} name="materials" label={label("materials")} hint={t(lang, "materialsHint")} />
      <Field {...f} name="projects" label={label("projects")} hint={t(lang, "projectsHint")} />
      <p>
        <button type="submit">{t(lang, "save")}</button>{" "}
        <a href={props.cancel}>{t(lang, "cancel")}</a>
      </p>
    </form>
  );
}

export function FigureEditor(props: {
  lang: Lang;
  csrf: string;
  briefId: string;
  figures: FrozenFigure[];
  form: FormState;
}) {
  const { lang, form } = props;
  const f = { lang, form };
  const both = (k: Parameters<typeof t>[1]) => ({ fr: t("fr", k), en: t("en", k) });
  return (
    <section>
      <h2>{t(lang, "figures")}</h2>
      {props.figures.length === 0 ? (
        <p class="empty-state">{t(lang, "noFigure")}</p>
      ) : (
        <ul>
          {props.figures.map((fig) => (
            <li>
              {fig.title[lang]}{" "}
              <form
                method="post"
                action={briefPath(lang, props.briefId, `/figures/${fig.id}/retirer`)}
                class="inline-form"
              >
                <Csrf token={props.csrf} />
                <button
                  type="submit"
                  class="secondary"
                  aria-label={`${t(lang, "removeFigure")} : ${fig.title[lang]}`}
                >
                  {t(lang, "removeFigure")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={briefPath(lang, props.briefId, "/figures")} class="stacked">
        <Csrf token={props.csrf} />
        <h3>{t(lang, "addFigure")}</h3>
        {form.errors.figure && <Alert kind="error">{form.errors.figure[lang]}</Alert>}
        <p class="hint">{t(lang, "addFigureHint")}</p>
        <Select
          {...f}
          name="kind"
          label={t(lang, "figureKind")}
          options={FIGURE_KINDS.map((k) => [k, KIND_LABELS[k]] as const)}
        />
        <Field {...f} name="material" label={t(lang, "material")} hint={t(lang, "materialHint")} />
        <Select
          {...f}
          name="view"
          label={t(lang, "view")}
          options={PARTIES.map((p) => [p, VIEW_LABELS[p]] as const)}
        />
        <fieldset>
          <legend>{t(lang, "scenarioCut")}</legend>
          <Field {...f} name="country" label={t(lang, "country")} hint={t(lang, "countryHint")} />
          <Select
            {...f}
            name="stage"
            label={t(lang, "stage")}
            options={[
              ["mine", both("stageMine")],
              ["refinery", both("stageRefinery")],
            ]}
          />
          <Field {...f} name="percent" label={t(lang, "percent")} />
        </fieldset>
        <p>
          <button type="submit">{t(lang, "addFigureButton")}</button>
        </p>
      </form>
    </section>
  );
}
