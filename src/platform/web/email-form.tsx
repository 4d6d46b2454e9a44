import { type Lang, localisedPath } from "../i18n/i18n.ts";
import { Csrf } from "./csrf-field.tsx";
import { Field, type FormState } from "./fields.tsx";

/**
 * A form of one e-mail address and its button, posted to `action` (a new sign-up link, a
 * password reset): the caller names the field, as the auth messages are not the web kit's.
 */
export function EmailForm(p: {
  lang: Lang;
  csrf: string;
  form: FormState;
  action: string;
  label: string;
  submit: string;
}) {
  return (
    <form method="post" action={localisedPath(p.lang, p.action)} class="stacked">
      <Csrf token={p.csrf} />
      <Field
        lang={p.lang}
        form={p.form}
        name="email"
        type="email"
        label={p.label}
        autocomplete="email"
        required
      />
      <div>
        <button type="submit">{p.submit}</button>
      </div>
    </form>
  );
}
