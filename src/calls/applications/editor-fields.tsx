import type { FieldErrors } from "../../platform/errors/app-error.ts";
import { type Lang, localise, type Texts } from "../../platform/i18n/i18n.ts";
import type { FormState } from "../../platform/web/fields.tsx";

export const LANGUAGE_OPTIONS = [
  ["fr", { fr: "Français", en: "French" }],
  ["en", { fr: "Anglais", en: "English" }],
] as const;

const cell = (values: Record<string, string>, name: string) => values[name] ?? "";

function FieldErrorText(p: { lang: Lang; errors: FieldErrors; name: string }) {
  const error = p.errors[p.name];
  return error ? (
    <p class="field-error" id={`${p.name}-error`}>
      {localise(error, p.lang)}
    </p>
  ) : null;
}

/** A select inside a table row: labelled for screen readers by its column. */
export function CellSelect(p: {
  lang: Lang;
  form: FormState;
  name: string;
  label: string;
  options: readonly (readonly [string, Texts | string])[];
}) {
  const selected = cell(p.form.values, p.name);
  return (
    <>
      <select
        name={p.name}
        aria-label={p.label}
        aria-invalid={p.form.errors[p.name] ? "true" : undefined}
      >
        {p.options.map(([value, label]) => (
          <option value={value} selected={value === selected}>
            {typeof label === "string" ? label : localise(label, p.lang)}
          </option>
        ))}
      </select>
      <FieldErrorText lang={p.lang} errors={p.form.errors} name={p.name} />
    </>
  );
}

export function CellInput(p: {
  lang: Lang;
  form: FormState;
  name: string;
  label: string;
  size?: number;
}) {
  return (
    <>
      <input
        name={p.name}
        aria-label={p.label}
        value={cell(p.form.values, p.name)}
        size={p.size}
        aria-invalid={p.form.errors[p.name] ? "true" : undefined}
      />
      <FieldErrorText lang={p.lang} errors={p.form.errors} name={p.name} />
    </>
  );
}

export const labelled = <K extends string>(keys: readonly K[], labels: Record<K, Texts>) =>
  keys.map((k) => [k, labels[k]] as const);
