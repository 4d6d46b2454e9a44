/** One brief's page: its texts, frozen figures, links, approvals and the workflow's buttons. */
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Approvals, author, Status } from "./brief-parts.tsx";
import { FigureBlock } from "./figure-view.tsx";
import { briefText as t } from "./messages.ts";
import { FIELD_LABELS, missingForPublication, titleIn } from "./model.ts";
import { briefPath, briefsPath } from "./paths.ts";
import type { BriefMaterialLink, BriefProjectLink } from "./present.ts";
import type { Brief } from "./queries.ts";

export type BriefActions = {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  versions: boolean;
};

const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== "")
      .map((p) => (
        <p class="prewrap">{p}</p>
      ))}
  </>
);

export function BriefPage(props: {
  lang: Lang;
  csrf: string;
  brief: Brief;
  materials: BriefMaterialLink[];
  projects: BriefProjectLink[];
  actions: BriefActions;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, brief: b } = props;
  const c = b.content;
  const field = (fr: string, en: string) => (lang === "fr" ? fr || en : en || fr);
  const missing = missingForPublication(c);
  return (
    <>
      <p>
        <a href={briefsPath(lang)}>{t(lang, "listTitle")}</a>
        {props.actions.versions && (
          <>
            {" · "}
            <a href={briefsPath(lang, "/travail")}>{t(lang, "workspace")}</a>
          </>
        )}
      </p>
      <h1>{titleIn(c, lang)}</h1>
      <p>
        <Status lang={lang} status={b.status} />{" "}
        {b.publishedAt
          ? t(lang, "publishedBy", {
              date: formatDate(lang, b.publishedAt),
              author: author(lang, b),
            })
          : t(lang, "draftedBy", { author: author(lang, b), version: b.version })}
      </p>
      {props.notice && (
        <Alert kind="success" as="p">
          {props.notice}
        </Alert>
      )}
      {props.error && <Alert kind="error">{props.error}</Alert>}
      {b.status === "draft" && b.rejectionReason && (
        <Alert kind="error">
          <strong>{t(lang, "rejectedBecause")}</strong> {b.rejectionReason}
        </Alert>
      )}
      {b.status !== "published" && <Approvals lang={lang} brief={b} />}
      {b.status !== "published" && missing.length > 0 && (
        <Alert kind="note" as="p">
          {t(lang, "missingTranslations", {
            fields: missing.map((f) => FIELD_LABELS[f][lang]).join(", "),
          })}
        </Alert>
      )}
      <Workflow {...props} />
      <h2>{t(lang, "summary")}</h2>
      <Paragraphs text={field(c.summaryFr, c.summaryEn)} />
      <h2>{t(lang, "conclusions")}</h2>
      <Paragraphs text={field(c.conclusionsFr, c.conclusionsEn)} />
      {c.figures.length > 0 && (
        <>
          <h2>{t(lang, "figures")}</h2>
          <p>{t(lang, "figuresFrozen")}</p>
          {c.figures.map((f, i) => (
            <FigureBlock lang={lang} figure={f} n={i + 1} />
          ))}
          <p>
            <a href={briefPath(lang, b.id, "/actuel")}>{t(lang, "currentData")}</a>
          </p>
        </>
      )}
      {(props.materials.length > 0 || props.projects.length > 0) && (
        <>
          <h2>{t(lang, "links")}</h2>
          <ul>
            {props.materials.map((m) => (
              <li>
                <a href={localisedPath(lang, `/criticite/matieres/${m.id}`)}>{m.name[lang]}</a>
              </li>
            ))}
            {props.projects.map((p) => (
              <li>
                <a href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>
                  {p.code} · {p.title[lang]}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {b.status === "published" && (
        <p>
          <a class="button" href={briefPath(lang, b.id, "/pdf")}>
            {t(lang, "pdf")}
          </a>
        </p>
      )}
    </>
  );
}

function Workflow(props: { lang: Lang; csrf: string; brief: Brief; actions: BriefActions }) {
  const { lang, brief: b, actions } = props;
  const post = (rest: string, label: string) => (
    <form method="post" action={briefPath(lang, b.id, rest)} class="inline-form">
      <Csrf token={props.csrf} />
      <button type="submit">{label}</button>
    </form>
  );
  const items = [
    actions.edit && b.status === "draft" && (
      <a class="button" href={briefPath(lang, b.id, "/modifier")}>
        {t(lang, "edit")}
      </a>
    ),
    actions.submit && b.status === "draft" && post("/soumettre", t(lang, "submit")),
    actions.review && (b.status === "in_review" || b.status === "approved") && (
      <a class="button" href={briefPath(lang, b.id, "/revue")}>
        {t(lang, "reviewLink")}
      </a>
    ),
    actions.publish && b.status === "approved" && post("/publier", t(lang, "publish")),
    actions.versions && b.version > 1 && (
      <a href={briefPath(lang, b.id, "/versions")}>{t(lang, "versions")}</a>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return (
    <p class="actions">
      {items.map((i) => (
        <>{i} </>
      ))}
    </p>
  );
}
