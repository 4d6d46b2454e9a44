import type { FieldErrors } from "../errors/app-error.ts";
import { type Lang, localise, type Texts } from "../i18n/i18n.ts";

export type FormState = {
  values: Record<string, string>;
  errors: FieldErrors;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

type FieldProps = {
  lang: Lang;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "date" | "datetime-local" | "tel";
  required?: boolean;
  multiline?: boolean;
  autocomplete?: string;
};

/** A labelled input with its hint and its error, linked for screen readers. */
export function Field(p: FieldProps) {
  const error = p.form.errors[p.name];
  const describedBy = [p.hint && `${p.name}-hint`, error && `${p.name}-error`]
    .filter(Boolean)
    .join(" ");
  const common = {
    id: p.name,
    name: p.name,
    required: p.required,
    "aria-invalid": error ? "true" : undefined,
    "aria-describedby": describedBy || undefined,
  };
  const value = p.form.values[p.name] ?? "";
  return (
    <div>
      <label for={p.name}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${p.name}-hint`}>
          {p.hint}
        </p>
      )}
      {p.multiline ? (
        <textarea {...common} rows={5}>
          {value}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? "text"} value={value} autocomplete={p.autocomplete} />
      )}
      {error && (
        <p class="field-error" id={`${p.name}-error`}>
          {localise(error, p.lang)}
        </p>
      )}
    </div>
  );
}

type SelectProps = {
  lang: Lang;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  options: readonly (readonly [string, Texts])[];
};

export function Select(p: SelectProps) {
  const error = p.form.errors[p.name];
  const selected = p.form.values[p.name];
  return (
    <div>
      <label for={p.name}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${p.name}-hint`}>
          {p.hint}
        </p>
      )}
      <select
        id={p.name}
        name={p.name}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={p.hint ? `${p.name}-hint` : undefined}
      >
        {p.options.map(([value, label]) => (
          <option value={value} selected={value === selected}>
            {localise(label, p.lang)}
          </option>
        ))}
      </select>
      {error && <p class="field-error">{localise(error, p.lang)}</p>}
    </div>
  );
}

/** Form values as strings, for re-displaying what was typed after an error. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body)
      .filter(([k, v]) => k !== "_csrf" && typeof v === "string")
      .map(([k, v]) => [k, v as string]),
  );
}
