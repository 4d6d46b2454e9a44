import type { Child } from "hono/jsx";
import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { WithCode } from "../shared/code-text.tsx";
import {
  KIND_LABELS,
  PARTNER_ROLES,
  PARTY_LABELS,
  type ProjectStatus,
  ROLE_LABELS,
  STATUS_LABELS,
} from "./labels.ts";
import { projectText as t } from "./messages.ts";
import {
  inLang,
  type ProjectDetailsView,
  type ProjectView,
  projectSummary,
  projectTitle,
} from "./present.ts";
import { nextStatuses, previousStatus } from "./status.ts";

export type ProjectPageProps = {
  lang: Lang;
  csrf: string;
  project: ProjectView;
  details: ProjectDetailsView;
  organisations: { id: string; name: string }[];
  canUpdate: boolean;
  canDelete: boolean;
  admin: boolean;
  today: string;
  notice?: string | undefined;
  error?: string | undefined;
  /** The other areas' sections, already drawn. */
  sections: Child[];
};

export const projectPath = (lang: Lang, code: string) =>
  localisedPath(lang, `/cooperation/projets/${code}`);

const status = (lang: Lang, s: ProjectStatus) => localise(STATUS_LABELS[s], lang);

export function ProjectPage(v: ProjectPageProps) {
  const { lang, project: p, details: d } = v;
  const base = projectPath(lang, p.code);
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/cooperation/projets")}>{t(lang, "allProjects")}</a>
      </p>
      <h1>
        <span class="line-code">{p.code}</span> {projectTitle(p, lang)}
      </h1>
      {v.notice && <Alert kind="success">{v.notice}</Alert>}
      {v.error && <Alert kind="error">{v.error}</Alert>}
      {(v.canUpdate || v.canDelete) && (
        <p>
          {v.canUpdate && (
            <a class="button" href={`${base}/modifier`}>
              {t(lang, "editProject")}
            </a>
          )}{" "}
          {v.canDelete && <a href={`${base}/supprimer`}>{t(lang, "deleteProject")}</a>}
        </p>
      )}
      {projectSummary(p, lang) && <p class="lead prewrap">{projectSummary(p, lang)}</p>}
      <section aria-labelledby="en-bref">
        <h2 id="en-bref">{t(lang, "facts")}</h2>
        <dl class="facts">
          <dt>{t(lang, "status")}</dt>
          <dd>{status(lang, p.status)}</dd>
          <dt>{t(lang, "kind")}</dt>
          <dd>{localise(KIND_LABELS[p.kind], lang)}</dd>
          <dt>{t(lang, "party")}</dt>
          <dd>{localise(PARTY_LABELS[p.ownerParty], lang)}</dd>
          <dt>{t(lang, "confidentialTo")}</dt>
          <dd>
            {p.confidentialTo === null
              ? t(lang, "shared")
              : t(lang, p.confidentialTo === "qc" ? "confidentialQc" : "confidentialFr")}
          </dd>
          {d.fromCall && (
            <>
              <dt>{t(lang, "fromCall")}</dt>
              <dd>
                <a href={localisedPath(lang, `/appels/${d.fromCall}`)}>{d.fromCall}</a>
              </dd>
            </>
          )}
          <dt>{t(lang, "dates")}</dt>
          <dd>
            {p.startOn ? formatDate(lang, p.startOn) : t(lang, "none")} –{" "}
            {p.endOn ? formatDate(lang, p.endOn) : t(lang, "none")}
          </dd>
          <dt>{t(lang, "stages")}</dt>
          <dd>
            {d.stages.map((s) => inLang(lang, s.labelFr, s.labelEn)).join(", ") || t(lang, "none")}
          </dd>
          <dt>{t(lang, "materials")}</dt>
          <dd>
            {d.materials.map((m) => inLang(lang, m.nameFr, m.nameEn)).join(", ") || t(lang, "none")}
          </dd>
          <dt>{t(lang, "location")}</dt>
          <dd>
            {[
              p.region,
              d.country ? inLang(lang, d.country.nameFr, d.country.nameEn) : null,
              p.latitude !== null && p.longitude !== null
                ? `${formatNumber(lang, Number(p.latitude), 4)}, ${formatNumber(lang, Number(p.longitude), 4)}`
                : null,
            ]
              .filter(Boolean)
              .join(" · ") || t(lang, "none")}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="lignes">
        <h2 id="lignes">{t(lang, "lines")}</h2>
        <ul class="lines">
          {d.lines.map((l) => (
            <li>
              <a
                href={localisedPath(lang, `/declaration#axe-${l.code.replace(".", "-")}`)}
                class="line-code"
              >
                {l.code}
              </a>{" "}
              {inLang(lang, l.textFr, l.textEn)}
            </li>
          ))}
        </ul>
      </section>
      <PartnersSection v={v} base={base} />
      <HistorySection v={v} base={base} />
      <MilestonesSection v={v} base={base} />
      <DocumentsSection v={v} base={base} />
      {v.sections}
    </>
  );
}

function PartnersSection({ v, base }: { v: ProjectPageProps; base: string }) {
  const { lang, details: d } = v;
  return (
    <section aria-labelledby="partenaires">
      <h2 id="partenaires">{t(lang, "partners")}</h2>
      {d.partners.length === 0 ? (
        <p class="empty-state">{t(lang, "noPartners")}</p>
      ) : (
        <ul>
          {d.partners.map((o) => (
            <li>
              {o.name}
              {o.acronym && ` (${o.acronym})`} — {localise(ROLE_LABELS[o.role], lang)} ·{" "}
              {localise(PARTY_LABELS[o.party], lang)}
              {v.canUpdate && (
                <form method="post" action={`${base}/partenaires/retirer`} class="inline-form">
                  <Csrf token={v.csrf} />
                  <input type="hidden" name="organisationId" value={o.organisationId} />
                  <input type="hidden" name="role" value={o.role} />{" "}
                  <button type="submit" class="secondary danger small">
                    {t(lang, "removePartner")}
                    <span class="visually-hidden">
                      {" "}
                      {o.name} — {localise(ROLE_LABELS[o.role], lang)}
                    </span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {v.canUpdate && v.organisations.length > 0 && (
        <form method="post" action={`${base}/partenaires`} class="filters">
          <Csrf token={v.csrf} />
          <div>
            <label for="organisationId">{t(lang, "organisation")}</label>
            <select id="organisationId" name="organisationId">
              {v.organisations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="role">{t(lang, "role")}</label>
            <select id="role" name="role">
              {PARTNER_ROLES.map((r) => (
                <option value={r}>{localise(ROLE_LABELS[r], lang)}</option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit">{t(lang, "addPartner")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function HistorySection({ v, base }: { v: ProjectPageProps; base: string }) {
  const { lang, project: p } = v;
  const back = v.admin ? previousStatus(p.status) : null;
  const choices = [...nextStatuses(p.status), ...(back ? [back] : [])];
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{t(lang, "history")}</h2>
      <ol class="history">
        {v.details.history.map((h) => (
          <li>
            {formatDate(lang, h.onDate)} —{" "}
            {h.fromStatus
              ? `${status(lang, h.fromStatus)} → `
              : `${t(lang, "created")}${lang === "fr" ? "\u00a0: " : ": "}`}
            {status(lang, h.toStatus)}
            {h.byName && ` (${h.byName})`}
            {h.note && <span class="note"> — {h.note}</span>}
          </li>
        ))}
      </ol>
      {v.canUpdate && choices.length > 0 && (
        <form method="post" action={`${base}/etat`} class="filters">
          <Csrf token={v.csrf} />
          <div>
            <label for="to">{t(lang, "moveTo")}</label>
            <select id="to" name="to">
              {choices.map((s) => (
                <option value={s}>{status(lang, s)}</option>
              ))}
            </select>
          </div>
          <InlineInput id="onDate" label={t(lang, "onDate")} type="date" value={v.today} required />
          <InlineInput id="status-note" name="note" label={t(lang, "note")} maxlength={1000} />
          <div>
            <button type="submit">{t(lang, "move")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function MilestonesSection({ v, base }: { v: ProjectPageProps; base: string }) {
  const { lang, details: d } = v;
  return (
    <section aria-labelledby="jalons">
      <h2 id="jalons">{t(lang, "milestones")}</h2>
      {d.milestones.length === 0 ? (
        <p class="empty-state">{t(lang, "noMilestones")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t(lang, "title")}</th>
                <th scope="col">{t(lang, "dueOn")}</th>
                <th scope="col">{t(lang, "doneOn")}</th>
              </tr>
            </thead>
            <tbody>
              {d.milestones.map((m) => (
                <tr>
                  <th scope="row">{inLang(lang, m.titleFr, m.titleEn)}</th>
                  <td>{formatDate(lang, m.dueOn)}</td>
                  <td>
                    {m.doneOn ? (
                      formatDate(lang, m.doneOn)
                    ) : v.canUpdate ? (
                      <form
                        method="post"
                        action={`${base}/jalons/${m.id}/realise`}
                        class="inline-form"
                      >
                        <Csrf token={v.csrf} />
                        <label class="visually-hidden" for={`done-${m.id}`}>
                          {t(lang, "doneOn")}
                        </label>
                        <input id={`done-${m.id}`} name="doneOn" type="date" value={v.today} />{" "}
                        <button type="submit">{t(lang, "markDone")}</button>
                      </form>
                    ) : (
                      t(lang, "notDone")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {v.canUpdate && (
        <form method="post" action={`${base}/jalons`} class="filters">
          <Csrf token={v.csrf} />
          <InlineInput
            id="milestoneTitleFr"
            label={t(lang, "milestoneTitleFr")}
            required
            maxlength={300}
          />
          <InlineInput
            id="milestoneTitleEn"
            label={t(lang, "milestoneTitleEn")}
            required
            maxlength={300}
          />
          <InlineInput id="dueOn" label={t(lang, "dueOn")} type="date" required />
          <div>
            <button type="submit">{t(lang, "addMilestone")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function DocumentsSection({ v, base }: { v: ProjectPageProps; base: string }) {
  const { lang, details: d } = v;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t(lang, "documents")}</h2>
      {d.documents.length === 0 ? (
        <p class="empty-state">{t(lang, "noDocuments")}</p>
      ) : (
        <ul>
          {d.documents.map((doc) => (
            <li>
              <a href={`${base}/documents/${doc.id}`}>{doc.title}</a> ({doc.fileName},{" "}
              {t(lang, "size", { kb: formatNumber(lang, Math.ceil(doc.size / 1024), 0) })}) —{" "}
              <code>SHA-256 {doc.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      {v.canUpdate && (
        <form
          method="post"
          action={`${base}/documents`}
          enctype="multipart/form-data"
          class="filters"
        >
          <Csrf token={v.csrf} />
          <InlineInput
            id="documentTitle"
            name="title"
            label={t(lang, "documentTitle")}
            required
            maxlength={300}
          />
          <InlineInput id="document" label={t(lang, "file")} type="file" required />
          <div>
            <button type="submit">{t(lang, "attach")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

export function DeleteConfirmPage(props: {
  lang: Lang;
  csrf: string;
  project: ProjectView;
  error?: string;
}) {
  const { lang, project: p } = props;
  const base = projectPath(lang, p.code);
  return (
    <>
      <h1>
        <WithCode text={t(lang, "confirmDelete", { code: p.code })} code={p.code} />
      </h1>
      <p class="lead">{projectTitle(p, lang)}</p>
      <p>{t(lang, "confirmDeleteText")}</p>
      {props.error && <Alert kind="error">{props.error}</Alert>}
      <form method="post" action={`${base}/supprimer`}>
        <Csrf token={props.csrf} />
        <div>
          <input type="checkbox" id="confirm" name="confirm" value="oui" required />{" "}
          <label for="confirm">{t(lang, "confirmCheckbox")}</label>
        </div>
        <p>
          <button type="submit" class="danger">
            {t(lang, "deleteProject")}
          </button>{" "}
          <a href={base}>{t(lang, "cancel")}</a>
        </p>
      </form>
    </>
  );
}
