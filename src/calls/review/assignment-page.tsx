import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState } from "../../platform/web/fields.tsx";
import { ListTable } from "../shared/list-table.tsx";
import { reviewText as t } from "./messages.ts";
import { Partners, ScoresList } from "./page-parts.tsx";
import { assignmentPath, REVIEWS_PATH } from "./paths.ts";
import type { AssignmentView, MyReviewView } from "./present.ts";

export function MyReviewsPage(p: { lang: Lang; items: MyReviewView[] }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "myReviews")}</h1>
      <p class="lead">{t(lang, "myReviewsLead")}</p>
      <ListTable
        columns={[
          t(lang, "reference"),
          t(lang, "title"),
          t(lang, "call"),
          t(lang, "due"),
          t(lang, "state"),
        ]}
        items={p.items}
        empty={t(lang, "noReviews")}
        row={(i) => (
          <tr>
            <td class="code">
              <a href={localisedPath(lang, assignmentPath(i.id))}>{i.reference}</a>
            </td>
            <td>{i.title}</td>
            <td>
              {i.callCode} — {i.callTitle}
            </td>
            <td>{i.due}</td>
            <td>{i.state}</td>
          </tr>
        )}
      />
    </>
  );
}

export function AssignmentPage(p: {
  lang: Lang;
  csrf: string;
  view: AssignmentView;
  form: FormState;
  error?: string;
  notice?: string;
}) {
  const { lang, view } = p;
  const base = assignmentPath(view.id);
  const locked = view.submitted !== null || view.recused !== null;
  return (
    <>
      <p>
        <a href={localisedPath(lang, REVIEWS_PATH)}>{t(lang, "myReviews")}</a>
      </p>
      <h1>
        {view.header.reference} — {view.header.title}
      </h1>
      <p class="lead">
        {t(lang, "call")} {view.callCode} — {view.callTitle}. {t(lang, "due")}
        {lang === "fr" ? "\u00a0: " : ": "}
        {view.due}
      </p>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {view.recused !== null && (
        <Alert kind="info">{t(lang, "recusedNotice", { reason: view.recused })}</Alert>
      )}
      {view.submitted && (
        <Alert kind="info">{t(lang, "submittedNotice", { date: view.submitted })}</Alert>
      )}
      <Partners lang={lang} header={view.header} />
      {!view.open && view.recused === null && (
        <section>
          <h2>{t(lang, "coiHeading")}</h2>
          <p>{t(lang, "coiLead")}</p>
          <form method="post" action={localisedPath(lang, `${base}/conflit`)}>
            <Csrf token={p.csrf} />
            <button type="submit">{t(lang, "declareNoConflict")}</button>
          </form>
          <form method="post" action={localisedPath(lang, `${base}/recusation`)} class="stack">
            <Csrf token={p.csrf} />
            <Field
              lang={lang}
              form={p.form}
              name="reason"
              label={t(lang, "recusalReason")}
              multiline
            />
            <button type="submit" class="secondary">
              {t(lang, "recuse")}
            </button>
          </form>
        </section>
      )}
      {view.file && (
        <>
          <h2>{t(lang, "summary")}</h2>
          <p>{view.file.summary}</p>
          <h2>{t(lang, "funding")}</h2>
          <ul>
            {view.file.funding.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
          <h2>{t(lang, "attachments")}</h2>
          <ul>
            {view.file.attachments.map((a) => (
              <li>
                <a href={localisedPath(lang, `${base}/pieces/${a.document}`)}>{a.label}</a>
              </li>
            ))}
          </ul>
          <h2>{t(lang, "scoresHeading")}</h2>
          <p class="hint">{t(lang, "scoresLead")}</p>
          <form method="post" action={localisedPath(lang, `${base}/notes`)} class="stack">
            <Csrf token={p.csrf} />
            {view.criteria.map((c) => (
              <fieldset disabled={locked}>
                <legend>
                  {c.label} ({t(lang, "weight", { weight: c.weight })})
                </legend>
                {c.guidance && <p class="hint">{c.guidance}</p>}
                <Field lang={lang} form={p.form} name={`score_${c.id}`} label={t(lang, "score")} />
                <Field
                  lang={lang}
                  form={p.form}
                  name={`comment_${c.id}`}
                  label={t(lang, "comment")}
                  multiline
                />
              </fieldset>
            ))}
            {!locked && (
              <div class="actions">
                <button type="submit" name="action" value="save" class="secondary">
                  {t(lang, "saveDraft")}
                </button>{" "}
                <button type="submit" name="action" value="submit">
                  {t(lang, "submitReview")}
                </button>
              </div>
            )}
          </form>
        </>
      )}
      {view.submitted && (
        <section id="others">
          <h2>{t(lang, "othersHeading")}</h2>
          {view.others.length === 0 ? (
            <p>{t(lang, "othersNone")}</p>
          ) : (
            <ScoresList reviews={view.others} />
          )}
        </section>
      )}
    </>
  );
}
