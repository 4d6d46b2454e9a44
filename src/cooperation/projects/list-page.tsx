import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import {
  KIND_LABELS,
  PARTY_LABELS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  STATUS_LABELS,
} from "./labels.ts";
import { projectText as t } from "./messages.ts";
import { inLang, type MaterialChoiceView, type ProjectView, projectTitle } from "./present.ts";
import type { ProjectFilters } from "./queries.ts";

/** Query-string names of the list's filters (French, as the paths). */
export const FILTER_PARAMS = {
  status: "etat",
  kind: "type",
  party: "partie",
  line: "ligne",
  material: "matiere",
} as const;

export function listHref(lang: Lang, f: Omit<ProjectFilters, "perPage">, page: number) {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(FILTER_PARAMS)) {
    const value = f[key as keyof typeof FILTER_PARAMS];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return localisedPath(lang, `/cooperation/projets${query ? `?${query}` : ""}`);
}

type Props = {
  lang: Lang;
  filters: ProjectFilters;
  total: number;
  rows: ProjectView[];
  lines: { code: string }[];
  materials: MaterialChoiceView[];
  canCreate: boolean;
  /** The code of the project just deleted, which the list confirms. */
  deleted?: string | undefined;
};

export function ProjectListPage(p: Props) {
  const { lang, filters } = p;
  const pages = Math.max(1, Math.ceil(p.total / filters.perPage));
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/cooperation")}>{t(lang, "portfolio")}</a>
      </p>
      <h1>{t(lang, "projects")}</h1>
      {p.deleted && <Alert kind="success">{t(lang, "deleted", { code: p.deleted })}</Alert>}
      {p.canCreate && (
        <p>
          <a class="button" href={localisedPath(lang, "/cooperation/projets/nouveau")}>
            {t(lang, "newProject")}
          </a>{" "}
          <a href={localisedPath(lang, "/cooperation/projets/import")}>
            {t(lang, "importProjects")}
          </a>
        </p>
      )}
      <p>
        {t(lang, "exportProjects")}{" "}
        <a href={localisedPath(lang, "/cooperation/projets.csv")} download>
          CSV
        </a>
        {" · "}
        <a href={localisedPath(lang, "/cooperation/projets.xlsx")} download>
          XLSX
        </a>
      </p>
      <form method="get" action={localisedPath(lang, "/cooperation/projets")} class="filters">
        <FilterSelect
          id="etat"
          label={t(lang, "status")}
          lang={lang}
          value={filters.status}
          options={PROJECT_STATUSES.map((s) => [s, localise(STATUS_LABELS[s], lang)])}
        />
        <FilterSelect
          id="type"
          label={t(lang, "kind")}
          lang={lang}
          value={filters.kind}
          options={PROJECT_KINDS.map((k) => [k, localise(KIND_LABELS[k], lang)])}
        />
        <FilterSelect
          id="partie"
          label={t(lang, "party")}
          lang={lang}
          value={filters.party}
          options={[
            ["qc", localise(PARTY_LABELS.qc, lang)],
            ["fr", localise(PARTY_LABELS.fr, lang)],
          ]}
        />
        <FilterSelect
          id="ligne"
          label={t(lang, "line")}
          lang={lang}
          value={filters.line}
          options={p.lines.map((l) => [l.code, l.code])}
        />
        <FilterSelect
          id="matiere"
          label={t(lang, "material")}
          lang={lang}
          value={filters.material}
          options={p.materials.map((m) => [m.id, inLang(lang, m.nameFr, m.nameEn)])}
        />
        <div>
          <button type="submit">{t(lang, "filter")}</button>
        </div>
      </form>
      <p aria-live="polite">{t(lang, "results", { n: p.total })}</p>
      {p.rows.length === 0 ? (
        <p class="empty-state">{t(lang, "emptyList")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t(lang, "projects")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "code")}</th>
                <th scope="col">{t(lang, "title")}</th>
                <th scope="col">{t(lang, "kind")}</th>
                <th scope="col">{t(lang, "status")}</th>
                <th scope="col">{t(lang, "party")}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a class="code" href={localisedPath(lang, `/cooperation/projets/${r.code}`)}>
                      {r.code}
                    </a>
                  </th>
                  <td>
                    {projectTitle(r, lang)}
                    {r.confidentialTo && (
                      <span class="badge danger"> {t(lang, "confidentialBadge")}</span>
                    )}
                  </td>
                  <td>{localise(KIND_LABELS[r.kind], lang)}</td>
                  <td>{localise(STATUS_LABELS[r.status], lang)}</td>
                  <td>{localise(PARTY_LABELS[r.ownerParty], lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav class="pagination" aria-label={t(lang, "pagination")}>
          {filters.page > 1 && (
            <a href={listHref(lang, filters, filters.page - 1)} rel="prev">
              {t(lang, "previous")}
            </a>
          )}
          <span aria-current="page">{t(lang, "pageOf", { page: filters.page, pages })}</span>
          {filters.page < pages && (
            <a href={listHref(lang, filters, filters.page + 1)} rel="next">
              {t(lang, "next")}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

function FilterSelect(p: {
  id: string;
  label: string;
  lang: Lang;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <div>
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.id}>
        <option value="">{t(p.lang, "all")}</option>
        {p.options.map(([value, label]) => (
          <option value={value} selected={value === p.value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
