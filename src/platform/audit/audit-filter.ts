import type { FieldErrors } from "../errors/app-error.ts";
import { interpolate, type Lang, localisedPath, type Texts } from "../i18n/i18n.ts";
import { AUDIT_TEXTS } from "./messages.ts";

/** What a reader may filter the audit log by; every field is optional. */
export type AuditFilter = {
  /** Part of the actor's label (the e-mail at the time, or cli/public), any case. */
  actor?: string;
  /** An exact action id, or a prefix when it ends with * or a dot (user.*, user.). */
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** Inclusive calendar days (YYYY-MM-DD), in the America/Toronto zone. */
  from?: string;
  to?: string;
};

export const FILTER_KEYS = ["actor", "action", "subjectType", "subjectId", "from", "to"] as const;

const MAX_LENGTH = { actor: 200, action: 100, subjectType: 100, subjectId: 200 } as const;

// Beyond this an offset scan is pointless; it also keeps OFFSET well inside an integer.
const MAX_PAGE = 100_000;

export type ParsedQuery =
  | { ok: true; filter: AuditFilter; page: number }
  | { ok: false; filter: AuditFilter; page: number; errors: FieldErrors };

/**
 * Reads the filter from query parameters (the page's GET form, the CSV link and the API share
 * it) so that a bad value is a localised field error rather than a database error.
 */
export function parseAuditQuery(query: Record<string, string | undefined>): ParsedQuery {
  const filter: AuditFilter = {};
  const errors: FieldErrors = {};
  for (const key of FILTER_KEYS) {
    const value = query[key]?.trim();
    if (!value) continue;
    filter[key] = value;
    if (key === "from" || key === "to") {
      if (!isIsoDate(value)) errors[key] = AUDIT_TEXTS.badDate;
    } else if (value.length > MAX_LENGTH[key]) {
      errors[key] = withMax(MAX_LENGTH[key]);
    }
  }
  if (!errors.from && !errors.to && filter.from && filter.to && filter.from > filter.to) {
    errors.to = AUDIT_TEXTS.badRange;
  }
  const pageText = query.page?.trim() || "1";
  const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : Number.NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) errors.page = AUDIT_TEXTS.badPage;
  const safePage = Number.isNaN(page) ? 1 : Math.min(Math.max(page, 1), MAX_PAGE);
  return Object.keys(errors).length > 0
    ? { ok: false, filter, page: safePage, errors }
    : { ok: true, filter, page: safePage };
}

/** The query string that reproduces a filter, for pagination and export links. */
export function filterQuery(filter: AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The journal page's address for a filter and page, in the page's language. */
export const journalHref = (lang: Lang, filter: AuditFilter, page?: number) =>
  localisedPath(lang, "/admin/journal") + filterQuery(filter, page);

/** A real calendar day between years 1900 and 9999, written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function withMax(max: number): Texts {
  const { fr, en } = AUDIT_TEXTS.tooLong;
  return { fr: interpolate(fr, { max }), en: interpolate(en, { max }) };
}
