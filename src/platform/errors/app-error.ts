import { type Lang, localise, type Texts } from "../i18n/i18n.ts";
import { ERRORS, type ErrorId } from "./catalogue.ts";

/** Per-field messages, in both languages, for forms and API clients. */
export type FieldErrors = Record<string, Texts>;

/** A message parameter: a value, or a label in both languages (a status, a kind). */
export type ErrorVar = string | number | Texts;
type ErrorVars = Record<string, ErrorVar>;

const varsIn = (vars: ErrorVars, lang: Lang) =>
  Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]),
  );

/** An error that may be shown to the user: a catalogue id, its status and its parameters. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    readonly vars: ErrorVars = {},
    readonly fields: FieldErrors = {},
  ) {
    super(localise(ERRORS[id], "en", varsIn(vars, "en")));
    this.name = "AppError";
    this.status = ERRORS[id].status;
  }

  messageIn(lang: Lang): string {
    return localise(ERRORS[this.id], lang, varsIn(this.vars, lang));
  }

  /** The API's error body: {"error":{"id","message","fields"}} in the request's language. */
  toJson(lang: Lang) {
    return {
      error: {
        id: this.id,
        message: this.messageIn(lang),
        fields: Object.fromEntries(
          Object.entries(this.fields).map(([k, v]) => [k, localise(v, lang)]),
        ),
      },
    };
  }
}

export const fail = (id: ErrorId, vars?: ErrorVars, fields?: FieldErrors) =>
  new AppError(id, vars, fields);
