import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { PARTY_LABELS, ROLE_LABELS, STATUS_LABELS, applicationText as t } from "./messages.ts";
import { applicationPath } from "./paths.ts";
import type { ApplicationView, CallRulesView, EditorView } from "./present.ts";

/** The banner that says, always, whether the application has been sent. */
export function StatusBanner(p: { lang: Lang; app: ApplicationView; call: CallRulesView }) {
  const { lang, app } = p;
  if (app.status === "draft") {
    return <Alert kind="error">{t(lang, "draftBanner", { closes: p.call.closes })}</Alert>;
  }
  if (app.status === "correction_requested") {
    return <Alert kind="error">{t(lang, "correctionBanner", { closes: p.call.closes })}</Alert>;
  }
  if (app.status === "withdrawn") {
    return <Alert kind="note">{t(lang, "withdrawnBanner", { at: app.withdrawn ?? "" })}</Alert>;
  }
  return (
    <Alert kind="success">
      {t(lang, "submittedBanner", { at: app.submitted ?? "", reference: app.reference ?? "" })}
    </Alert>
  );
}

/** A submitted or withdrawn application, or any application an official reads. */
export function ApplicationPage(p: {
  lang: Lang;
  app: ApplicationView;
  call: CallRulesView;
  editor: EditorView;
  notice?: string | undefined;
}) {
  const { lang, app, editor } = p;
  const base = localisedPath(lang, applicationPath(app.key));
  const v = editor.values;
  return (
    <>
      <h1>{app.title}</h1>
      <p class="lead">
        {t(lang, "call")} {p.call.code} — {p.call.title}
      </p>
      <StatusBanner lang={lang} app={app} call={p.call} />
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      <dl class="facts">
        <dt>{t(lang, "reference")}</dt>
        <dd>{app.reference ?? t(lang, "notYet")}</dd>
        <dt>{t(lang, "status")}</dt>
        <dd>{localise(STATUS_LABELS[app.status], lang)}</dd>
        <dt>{t(lang, "owner")}</dt>
        <dd>{app.owner}</dd>
        {app.submitted && (
          <>
            <dt>{t(lang, "submittedOn")}</dt>
            <dd>{app.submitted}</dd>
          </>
        )}
      </dl>
      {v.summaryFr && (
        <>
          <h2>{t(lang, "summaryFr")}</h2>
          <p class="prewrap" lang="fr">
            {v.summaryFr}
          </p>
        </>
      )}
      {v.summaryEn && (
        <>
          <h2>{t(lang, "summaryEn")}</h2>
          <p class="prewrap" lang="en">
            {v.summaryEn}
          </p>
        </>
      )}
      <h2>{t(lang, "partners")}</h2>
      <ul>
        {editor.partnerOptions.map((o) => (
          <li>
            {o.label} — {localise(PARTY_LABELS[v[`partner_${o.value}_party`] as "qc"], lang)},{" "}
            {localise(ROLE_LABELS[v[`partner_${o.value}_role`] as "lead"], lang)}
          </li>
        ))}
      </ul>
      <h2>{t(lang, "funding")}</h2>
      <dl class="facts">
        {editor.totals.map((total) => (
          <>
            <dt>{t(lang, total.party === "qc" ? "totalQc" : "totalFr")}</dt>
            <dd>{total.amount}</dd>
          </>
        ))}
        {editor.funding.map((f) => (
          <>
            <dt>{t(lang, f.party === "qc" ? "fundingQc" : "fundingFr")}</dt>
            <dd>{f.amount}</dd>
          </>
        ))}
      </dl>
      <h2>{t(lang, "attachments")}</h2>
      <ul>
        {editor.documents.map((d) => (
          <li>
            {d.label} —{" "}
            {d.attached ? (
              <>
                <a href={`${base}/pieces/${d.id}`}>{d.attached.fileName}</a> (SHA-256{" "}
                {d.attached.sha256})
              </>
            ) : (
              t(lang, "notAttached")
            )}
          </li>
        ))}
      </ul>
      <ul class="actions">
        {app.reference && app.status !== "draft" && (
          <li>
            <a class="button" href={`${base}/accuse-de-reception.pdf`}>
              {t(lang, "proof")}
            </a>
          </li>
        )}
        {app.rights.withdraw && app.status === "submitted" && (
          <li>
            <a href={`${base}/retrait`}>{t(lang, "withdraw")}</a>
          </li>
        )}
      </ul>
    </>
  );
}

export function WithdrawPage(p: {
  lang: Lang;
  csrf: string;
  app: ApplicationView;
  call: CallRulesView;
  error?: string | undefined;
}) {
  const { lang } = p;
  const base = localisedPath(lang, applicationPath(p.app.key));
  return (
    <>
      <h1>{t(lang, "withdraw")}</h1>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <p>{t(lang, "withdrawConfirm", { reference: p.app.reference ?? "" })}</p>
      <p class="hint">{t(lang, "withdrawHint", { closes: p.call.closes })}</p>
      <form method="post" class="actions">
        <Csrf token={p.csrf} />
        <button type="submit" class="danger">
          {t(lang, "withdraw")}
        </button>
        <a href={base}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
