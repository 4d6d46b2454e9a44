import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { TableHead } from "../../platform/web/table-head.tsx";
import { reviewText as t } from "./messages.ts";
import { PARTIES, Partners, ScoresList } from "./page-parts.tsx";
import { dashboardPath, reviewApplicationPath } from "./paths.ts";
import type {
  AssignmentLineView,
  CorrectionView,
  CriterionView,
  ReviewerView,
  ReviewScoresView,
  ScreeningView,
  VersionView,
} from "./present.ts";

const YES_NO = [
  ["yes", { fr: t("fr", "yes"), en: t("en", "yes") }],
  ["no", { fr: t("fr", "no"), en: t("en", "no") }],
] as const;

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
              options={PARTIES}
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
