import { interpolate, type Lang, localise, type Texts } from "../i18n/i18n.ts";
import { ERRORS, type ErrorId } from "./catalogue.ts";

/** Per-field messages, in both languages, for forms and API clients. */
export type FieldErrors = Record<string, Texts>;

/** An error that may be shown to the user: a catalogue id, its status and its parameters. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    readonly vars: Record<string, string | number> = {},
    readonly fields: FieldErrors = {},
  ) {
    super(interpolate(ERRORS[id].en, vars));
    this.name = "AppError";
    this.status = ERRORS[id].status;
  }

  messageIn(lang: Lang): string {
    return localise(ERRORS[this.id], lang, this.vars);
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

export const fail = (id: ErrorId, vars?: Record<string, string | number>, fields?: FieldErrors) =>
  new AppError(id, vars, fields);
