import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { LANGUAGE_OPTIONS } from "./editor-fields.tsx";
import { applicationText as t } from "./messages.ts";
import type { CallRulesView } from "./present.ts";

export function NewApplicationPage(p: {
  lang: Lang;
  csrf: string;
  call: CallRulesView;
  form: FormState;
  error?: string | undefined;
  /** The call is not open: the refusal alone, no form. */
  closed: boolean;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "newApplication")}</h1>
      <p class="lead">
        {t(lang, "newLead", { code: p.call.code, title: p.call.title, closes: p.call.closes })}
      </p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {!p.closed && (
        <form method="post" class="stacked">
          <Csrf token={p.csrf} />
          <Field
            lang={lang}
            form={p.form}
            name="title"
            label={t(lang, "title")}
            hint={t(lang, "newHint")}
            required
          />
          <Select
            lang={lang}
            form={p.form}
            name="language"
            label={t(lang, "language")}
            options={LANGUAGE_OPTIONS}
          />
          <p>
            <button type="submit">{t(lang, "create")}</button>
          </p>
        </form>
      )}
    </>
  );
}
