import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { TableHead } from "../../platform/web/table-head.tsx";
import { reviewText as t } from "./messages.ts";
import type {
  AssignmentLineView,
  AssignmentView,
  CorrectionView,
  CriterionView,
  DashboardLineView,
  MyReviewView,
  RankingLineView,
  ReviewerView,
  ReviewScoresView,
  ScreeningView,
  VersionView,
} from "./present.ts";

export const REVIEWS_PATH = "/evaluations";
export const REVIEWERS_PATH = "/evaluateurs";
export const dashboardPath = (code: string) => `/appels/${code}/evaluation`;
export const reviewApplicationPath = (code: string, id: string) => `${dashboardPath(code)}/${id}`;
export const assignmentPath = (id: string) => `${REVIEWS_PATH}/${id}`;

const YES_NO = [
  ["yes", { fr: t("fr", "yes"), en: t("en", "yes") }],
  ["no", { fr: t("fr", "no"), en: t("en", "no") }],
] as const;
const parties = [
  ["qc", { fr: "Québec", en: "Québec" }],
  ["fr", { fr: "France", en: "France" }],
] as const;

export function DashboardPage(p: {
  lang: Lang;
  code: string;
  callTitle: string;
  lines: DashboardLineView[];
  ranking: RankingLineView[];
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "dashboard", { code: p.code })}</h1>
      <p class="lead">
        {p.callTitle}. {t(lang, "dashboardLead")}
      </p>
      <p>
        <a href={localisedPath(lang, REVIEWERS_PATH)}>{t(lang, "reviewersLink")}</a>
      </p>
      <p>
        {t(lang, "exportsLinks")}{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/candidatures.csv`)}>CSV</a>,{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/candidatures.xlsx`)}>XLSX</a>,{" "}
        <a href={localisedPath(lang, `/appels/${p.code}/dossier-comite.zip`)}>
          {t(lang, "committeePack")}
        </a>
      </p>
      <h2>{t(lang, "applicationsHeading")}</h2>
      {p.lines.length === 0 ? (
        <p class="empty-state">{t(lang, "noApplications")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <TableHead
              columns={[
                t(lang, "reference"),
                t(lang, "title"),
                t(lang, "screeningQc"),
                t(lang, "screeningFr"),
                t(lang, "opinions"),
              ]}
            />
            <tbody>
              {p.lines.map((l) => (
                <tr>
                  <td class="code">
                    <a href={localisedPath(lang, reviewApplicationPath(p.code, l.id))}>
                      {l.reference}
                    </a>
                  </td>
                  <td>
                    {l.title}
                    {l.sentBack && <span class="badge danger"> {t(lang, "sentBack")}</span>}
                  </td>
                  <td>{l.screening.qc}</td>
                  <td>{l.screening.fr}</td>
                  <td>{l.opinions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t(lang, "rankingHeading")}</h2>
      <p class="hint">{t(lang, "rankingLead")}</p>
      {p.ranking.length === 0 ? (
        <p class="empty-state">{t(lang, "noRanking")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table" id="ranking">
            <TableHead
              columns={[
                t(lang, "rank"),
                t(lang, "reference"),
                t(lang, "title"),
                { text: t(lang, "mean"), num: true },
                t(lang, "opinions"),
                t(lang, "disagreements"),
              ]}
            />
            <tbody>
              {p.ranking.map((r) => (
                <tr>
                  <td>{r.rank}</td>
                  <td class="code">
                    <a href={localisedPath(lang, reviewApplicationPath(p.code, r.id))}>
                      {r.reference}
                    </a>
                  </td>
                  <td>{r.title}</td>
                  <td class="num">{r.mean}</td>
                  <td>{r.opinions}</td>
                  <td>
                    {r.disagreements.length === 0 ? (
                      t(lang, "none")
                    ) : (
                      <span class="badge danger">{r.disagreements.join(", ")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Partners({ lang, header }: { lang: Lang; header: VersionView }) {
  return (
    <>
      <h2>{t(lang, "partners")}</h2>
      <ul>
        {header.partners.map((partner) => (
          <li>
            {partner.name} ({partner.party}, {partner.role})
          </li>
        ))}
      </ul>
    </>
  );
}

function ScoresList({ reviews }: { reviews: ReviewScoresView[] }) {
  return (
    <>
      {reviews.map((o) => (
        <>
          <h3>{o.reviewer}</h3>
          <ul>
            {o.scores.map((s) => (
              <li>
                {s.label} — {s.score}
                {s.comment ? ` — ${s.comment}` : ""}
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}

function Checklist(p: { lang: Lang; form: FormState; criteria: CriterionView[] }) {
  if (p.criteria.length === 0) return <p class="hint">{t(p.lang, "noEligibilityCriteria")}</p>;
  return (
    <>
      {p.criteria.map((c) => (
        <Select
          lang={p.lang}
          form={p.form}
          name={`check_${c.id}`}
          label={c.label}
          hint={c.guidance || undefined}
          options={YES_NO}
        />
      ))}
    </>
  );
}

export function ReviewApplicationPage(p: {
  lang: Lang;
  csrf: string;
  code: string;
  applicationId: string;
  header: VersionView;
  sentBack: boolean;
  eligible: boolean;
  isAdmin: boolean;
  /** The party a member screens for (an administrator chooses one in the form). */
  ownParty: string | null;
  screenings: ScreeningView[];
  eligibilityCriteria: CriterionView[];
  screeningForm: FormState;
  corrections: CorrectionView[];
  assignments: AssignmentLineView[];
  submitted: ReviewScoresView[];
  reviewers: ReviewerView[];
  assignForm: FormState;
  error?: string;
  notice?: string;
}) {
  const { lang } = p;
  const base = reviewApplicationPath(p.code, p.applicationId);
  const needsReplacement = p.assignments.some((a) => a.recused);
  return (
    <>
      <p>
        <a href={localisedPath(lang, dashboardPath(p.code))}>{t(lang, "back")}</a>
      </p>
      <h1>{t(lang, "applicationHeading", { reference: p.header.reference })}</h1>
      <p class="lead">
        {p.header.title} — {t(lang, "version", { n: p.header.version })}
      </p>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {p.sentBack && <Alert kind="info">{t(lang, "sentBack")}</Alert>}
      <Partners lang={lang} header={p.header} />

      <h2>{t(lang, "screeningHeading")}</h2>
      {(["qc", "fr"] as const).map((party) => {
        const s = p.screenings.find((x) => x.party === party);
        return (
          <section>
            <h3>
              {t(lang, "screeningOf", {
                party: party === "qc" ? t(lang, "partyQc") : t(lang, "partyFr"),
              })}
            </h3>
            {s ? (
              <>
                <p>{s.summary}</p>
                {s.reason && (
                  <p>
                    <strong>{t(lang, "reason")}</strong> — {s.reason}
                  </p>
                )}
                {s.privateNote && (
                  <p class="hint">
                    <strong>{t(lang, "privateNote")}</strong> — {s.privateNote}
                  </p>
                )}
              </>
            ) : (
              <p>{t(lang, "notScreened")}</p>
            )}
          </section>
        );
      })}
      {!p.sentBack && (
        <form method="post" action={localisedPath(lang, `${base}/examen`)} class="stack">
          <h3>
            {t(lang, "yourScreening")}
            {p.ownParty && ` — ${p.ownParty}`}
          </h3>
          <Csrf token={p.csrf} />
          {p.isAdmin && (
            <Select
              lang={lang}
              form={p.screeningForm}
              name="party"
              label={t(lang, "actingFor")}
              options={parties}
            />
          )}
          <Checklist lang={lang} form={p.screeningForm} criteria={p.eligibilityCriteria} />
          <Select
            lang={lang}
            form={p.screeningForm}
            name="eligible"
            label={t(lang, "verdict")}
            options={[
              ["yes", { fr: t("fr", "eligible"), en: t("en", "eligible") }],
              ["no", { fr: t("fr", "ineligible"), en: t("en", "ineligible") }],
            ]}
          />
          <Field
            lang={lang}
            form={p.screeningForm}
            name="reason"
            label={t(lang, "reason")}
            hint={t(lang, "reasonHint")}
            multiline
          />
          <Field
            lang={lang}
            form={p.screeningForm}
            name="privateNote"
            label={t(lang, "privateNote")}
            hint={t(lang, "privateNoteHint")}
            multiline
          />
          <button type="submit">{t(lang, "saveScreening")}</button>
        </form>
      )}

      {p.corrections.length > 0 && (
        <>
          <h3>{t(lang, "corrections")}</h3>
          <ul>
            {p.corrections.map((c) => (
              <li>
                {c.when} — {c.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {!p.sentBack && (
        <form method="post" action={localisedPath(lang, `${base}/correction`)} class="stack">
          <h3>{t(lang, "correctionHeading")}</h3>
          <Csrf token={p.csrf} />
          {p.isAdmin && <input type="hidden" name="party" value="" />}
          <Field
            lang={lang}
            form={{ values: {}, errors: {} }}
            name="message"
            label={t(lang, "correctionMessage")}
            hint={t(lang, "correctionHint")}
            multiline
          />
          <button type="submit" class="secondary">
            {t(lang, "sendCorrection")}
          </button>
        </form>
      )}

      <h2>{t(lang, "reviewersHeading")}</h2>
      {p.assignments.length === 0 ? (
        <p>{t(lang, "noAssignment")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <TableHead
              columns={[
                t(lang, "reviewer"),
                t(lang, "party"),
                t(lang, "organisation"),
                t(lang, "due"),
                t(lang, "state"),
              ]}
            />
            <tbody>
              {p.assignments.map((a) => (
                <tr>
                  <td>{a.reviewer}</td>
                  <td>{a.party}</td>
                  <td>{a.organisation}</td>
                  <td>{a.due}</td>
                  <td>{a.state}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.submitted.length > 0 && (
        <section id="submitted-scores">
          <h3>{t(lang, "submittedScores")}</h3>
          <ScoresList reviews={p.submitted} />
        </section>
      )}
      {needsReplacement && <Alert kind="info">{t(lang, "replaceHint")}</Alert>}
      <h3>{t(lang, "assignHeading")}</h3>
      {!p.eligible ? (
        <p class="hint">{t(lang, "assignNotYet")}</p>
      ) : p.reviewers.length === 0 ? (
        <p class="hint">{t(lang, "noReviewerProfile")}</p>
      ) : (
        <form method="post" action={localisedPath(lang, `${base}/evaluateurs`)} class="stack">
          <Csrf token={p.csrf} />
          <fieldset>
            <legend>{t(lang, "assignHint")}</legend>
            {p.reviewers.map((r) => (
              <div>
                <input type="checkbox" name="reviewers" value={r.id} id={`reviewer-${r.id}`} />{" "}
                <label for={`reviewer-${r.id}`}>{r.label}</label>
              </div>
            ))}
          </fieldset>
          <div>
            <label for="due">{t(lang, "deadline")}</label>
            <input type="date" id="due" name="due" value={p.assignForm.values.due ?? ""} required />
          </div>
          <button type="submit">{t(lang, "assign")}</button>
        </form>
      )}
    </>
  );
}

export function ReviewerProfilesPage(p: {
  lang: Lang;
  csrf: string;
  reviewers: ReviewerView[];
  error?: string;
  notice?: string;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "profilesTitle")}</h1>
      <p class="lead">{t(lang, "profilesLead")}</p>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {p.reviewers.length === 0 ? (
        <p class="empty-state">{t(lang, "noReviewers")}</p>
      ) : (
        p.reviewers.map((r) => (
          <form
            method="post"
            action={localisedPath(lang, `${REVIEWERS_PATH}/${r.id}`)}
            class="stack"
          >
            <h2>
              {r.name} ({r.email})
            </h2>
            <Csrf token={p.csrf} />
            <div>
              <label for={`party-${r.id}`}>{t(lang, "party")}</label>
              <select id={`party-${r.id}`} name="party">
                {parties.map(([value, label]) => (
                  <option value={value} selected={value === r.party}>
                    {label[lang]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for={`organisation-${r.id}`}>{t(lang, "organisation")}</label>
              <input
                id={`organisation-${r.id}`}
                name="organisation"
                value={r.organisation}
                required
              />
            </div>
            <button type="submit">{t(lang, "saveProfile")}</button>
          </form>
        ))
      )}
    </>
  );
}

export function MyReviewsPage(p: { lang: Lang; items: MyReviewView[] }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "myReviews")}</h1>
      <p class="lead">{t(lang, "myReviewsLead")}</p>
      {p.items.length === 0 ? (
        <p class="empty-state">{t(lang, "noReviews")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <TableHead
              columns={[
                t(lang, "reference"),
                t(lang, "title"),
                t(lang, "call"),
                t(lang, "due"),
                t(lang, "state"),
              ]}
            />
            <tbody>
              {p.items.map((i) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
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
