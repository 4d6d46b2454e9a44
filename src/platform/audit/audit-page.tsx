import { fail } from "../errors/app-error.ts";
import { formatNumber } from "../i18n/format.ts";
import { type Lang, localisedPath } from "../i18n/i18n.ts";
import { Alert } from "../web/alert.tsx";
import { type AuditFilter, filterQuery, journalHref } from "./audit-filter.ts";
import { EventTable } from "./event-table.tsx";
import { type AUDIT_TEXTS, auditText } from "./messages.ts";
import type { AuditEventView } from "./present.ts";
import { PAGE_SIZE } from "./queries.ts";

export type JournalView = {
  lang: Lang;
  filter: AuditFilter;
  page: number;
  /** Absent when the filter was rejected: the form is shown again with its errors. */
  result?: { items: AuditEventView[]; total: number };
  errors?: Record<string, string>;
};

type TextKey = keyof typeof AUDIT_TEXTS;

export function JournalPage(v: JournalView) {
  const t = (key: TextKey) => auditText(v.lang, key);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      {v.errors && <Alert kind="error">{fail("validation_failed").messageIn(v.lang)}</Alert>}
      <FilterForm {...v} />
      {v.result && <Results {...v} result={v.result} />}
    </>
  );
}

function FilterForm({ lang, filter, errors }: JournalView) {
  const t = (key: TextKey) => auditText(lang, key);
  const field = (name: keyof AuditFilter, hint?: TextKey) => (
    <Field
      name={name}
      label={t(name)}
      value={filter[name]}
      error={errors?.[name]}
      hint={hint && t(hint)}
    />
  );
  // Both dates share one hint, read with each of them.
  const date = (name: "from" | "to") => (
    <Field
      name={name}
      label={t(name)}
      value={filter[name]}
      error={errors?.[name]}
      type="date"
      describedBy={DATES_HINT}
    />
  );
  return (
    <form method="get" action={journalHref(lang, {})}>
      <fieldset>
        <legend>{t("filtersLegend")}</legend>
        <div class="filters">
          {field("actor", "actorHint")}
          {field("action", "actionHint")}
          {field("subjectType")}
          {field("subjectId")}
          {date("from")}
          {date("to")}
        </div>
        <p id={DATES_HINT} class="hint">
          {t("datesHint")}
        </p>
        {errors?.page && <p class="field-error">{errors.page}</p>}
        <p>
          <button type="submit">{t("apply")}</button>{" "}
          <a href={journalHref(lang, {})}>{t("reset")}</a>
        </p>
      </fieldset>
    </form>
  );
}

const DATES_HINT = "journal-dates-hint";

function Field(p: {
  name: string;
  label: string;
  value: string | undefined;
  error: string | undefined;
  type?: string;
  hint?: string | undefined;
  describedBy?: string;
}) {
  const id = `journal-${p.name}`;
  const described = [p.hint && `${id}-hint`, p.describedBy, p.error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.value ?? ""}
        aria-invalid={p.error ? "true" : undefined}
        aria-describedby={described || undefined}
      />
      {p.hint && (
        <p id={`${id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={`${id}-error`} class="field-error">
          {p.error}
        </p>
      )}
    </div>
  );
}

type Result = NonNullable<JournalView["result"]>;

function Results({ lang, filter, page, result }: JournalView & { result: Result }) {
  const t = (key: TextKey) => auditText(lang, key);
  const { total } = result;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const journal = (n: number) => journalHref(lang, filter, n);
  const csv = localisedPath(lang, "/admin/journal.csv") + filterQuery(filter);
  const count = auditText(lang, total > 1 ? "countMany" : "countOne", {
    total: formatNumber(lang, total),
  });
  const pageOf = auditText(lang, "pageOf", {
    page: formatNumber(lang, page),
    pages: formatNumber(lang, pages),
  });
  return (
    <section aria-labelledby="journal-count">
      <p id="journal-count">
        <strong>{count}</strong>
        {total > 0 && (
          <>
            {" · "}
            <a href={csv}>{t("exportCsv")}</a>
          </>
        )}
      </p>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <EventTable lang={lang} items={result.items} />
      )}
      {(pages > 1 || page > 1) && (
        <nav class="pagination" aria-label={t("pagination")}>
          {page > 1 && (
            <a href={journal(Math.min(page - 1, pages))} rel="prev">
              {t("previous")}
            </a>
          )}
          <span aria-current="page">{pageOf}</span>
          {page < pages && (
            <a href={journal(page + 1)} rel="next">
              {t("next")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
