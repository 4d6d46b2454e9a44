import type { FieldErrors } from "../../platform/errors/app-error.ts";
import { type Lang, localise, localisedPath, type Texts } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { TableHead } from "../../platform/web/table-head.tsx";
import {
  KIND_LABELS,
  PARTY_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  applicationText as t,
} from "./messages.ts";
import type { ApplicationView, CallRulesView, EditorView } from "./present.ts";
import { CURRENCIES, MAX_ATTACHMENT_BYTES, PARTNER_KINDS, PARTNER_PARTIES } from "./schema.ts";

export const LIST_PATH = "/candidatures";
export const applicationPath = (key: string) => `${LIST_PATH}/${key}`;

const LANGUAGE_OPTIONS = [
  ["fr", { fr: "Français", en: "French" }],
  ["en", { fr: "Anglais", en: "English" }],
] as const;

export function ListPage(p: { lang: Lang; items: ApplicationView[]; official: boolean }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, p.official ? "submittedApplications" : "applications")}</h1>
      <p class="lead">{t(lang, p.official ? "officialsLead" : "listLead")}</p>
      {p.items.length === 0 ? (
        <p class="empty-state">{t(lang, "none")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <TableHead
              columns={[
                t(lang, "reference"),
                t(lang, "title"),
                t(lang, "call"),
                t(lang, "status"),
                t(lang, "updated"),
              ]}
            />
            <tbody>
              {p.items.map((a) => (
                <tr>
                  <td class="code">{a.reference ?? "—"}</td>
                  <td>
                    <a href={localisedPath(lang, applicationPath(a.key))}>{a.title}</a>
                  </td>
                  <td>
                    {a.callCode} — {a.callTitle}
                  </td>
                  <td>
                    <span class={a.status === "draft" ? "badge danger" : "badge"}>
                      {a.statusLabel}
                    </span>
                  </td>
                  <td>{a.updated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function NewApplicationPage(p: {
  lang: Lang;
  csrf: string;
  call: CallRulesView;
  form: FormState;
  error?: string | undefined;
  /** The call is not open: the refusal alone, no form. */
  closed: boolean;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, "newApplication")}</h1>
      <p class="lead">
        {t(lang, "newLead", { code: p.call.code, title: p.call.title, closes: p.call.closes })}
      </p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {!p.closed && (
        <form method="post" class="stacked">
          <Csrf token={p.csrf} />
          <Field
            lang={lang}
            form={p.form}
            name="title"
            label={t(lang, "title")}
            hint={t(lang, "newHint")}
            required
          />
          <Select
            lang={lang}
            form={p.form}
            name="language"
            label={t(lang, "language")}
            options={LANGUAGE_OPTIONS}
          />
          <p>
            <button type="submit">{t(lang, "create")}</button>
          </p>
        </form>
      )}
    </>
  );
}

/** The banner that says, always, whether the application has been sent. */
function StatusBanner(p: { lang: Lang; app: ApplicationView; call: CallRulesView }) {
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

const cell = (values: Record<string, string>, name: string) => values[name] ?? "";

function FieldErrorText(p: { lang: Lang; errors: FieldErrors; name: string }) {
  const error = p.errors[p.name];
  return error ? (
    <p class="field-error" id={`${p.name}-error`}>
      {localise(error, p.lang)}
    </p>
  ) : null;
}

/** A select inside a table row: labelled for screen readers by its column. */
function CellSelect(p: {
  lang: Lang;
  form: FormState;
  name: string;
  label: string;
  options: readonly (readonly [string, Texts | string])[];
}) {
  const selected = cell(p.form.values, p.name);
  return (
    <>
      <select
        name={p.name}
        aria-label={p.label}
        aria-invalid={p.form.errors[p.name] ? "true" : undefined}
      >
        {p.options.map(([value, label]) => (
          <option value={value} selected={value === selected}>
            {typeof label === "string" ? label : localise(label, p.lang)}
          </option>
        ))}
      </select>
      <FieldErrorText lang={p.lang} errors={p.form.errors} name={p.name} />
    </>
  );
}

function CellInput(p: { lang: Lang; form: FormState; name: string; label: string; size?: number }) {
  return (
    <>
      <input
        name={p.name}
        aria-label={p.label}
        value={cell(p.form.values, p.name)}
        size={p.size}
        aria-invalid={p.form.errors[p.name] ? "true" : undefined}
      />
      <FieldErrorText lang={p.lang} errors={p.form.errors} name={p.name} />
    </>
  );
}

const labelled = <K extends string>(keys: readonly K[], labels: Record<K, Texts>) =>
  keys.map((k) => [k, labels[k]] as const);

export function EditorPage(p: {
  lang: Lang;
  csrf: string;
  app: ApplicationView;
  call: CallRulesView;
  editor: EditorView;
  form: FormState;
  isOwner: boolean;
  notice?: string | undefined;
  error?: string | undefined;
  missing?: string[] | undefined;
}) {
  const { lang, form, editor } = p;
  const base = localisedPath(lang, applicationPath(p.app.key));
  const i = (name: string, label: string, size?: number) => (
    <CellInput lang={lang} form={form} name={name} label={label} size={size} />
  );
  return (
    <>
      <h1>{p.app.title}</h1>
      <p class="lead">
        {t(lang, "call")} {p.call.code} — {p.call.title}
      </p>
      <StatusBanner lang={lang} app={p.app} call={p.call} />
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {p.missing && p.missing.length > 0 && (
        <div class="alert error" role="alert">
          <h2>{t(lang, "missingTitle")}</h2>
          <ul>
            {p.missing.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        id="draft-form"
        method="post"
        action={`${base}/brouillon`}
        enctype="multipart/form-data"
      >
        <Csrf token={p.csrf} />
        <fieldset>
          <legend>{t(lang, "general")}</legend>
          <Field lang={lang} form={form} name="title" label={t(lang, "title")} />
          <Select
            lang={lang}
            form={form}
            name="language"
            label={t(lang, "language")}
            options={LANGUAGE_OPTIONS}
          />
          <Field
            lang={lang}
            form={form}
            name="summaryFr"
            label={t(lang, "summaryFr")}
            hint={t(lang, "summaryHint")}
            multiline
          />
          <Field lang={lang} form={form} name="summaryEn" label={t(lang, "summaryEn")} multiline />
        </fieldset>

        <fieldset>
          <legend>{t(lang, "partners")}</legend>
          <p class="hint">{t(lang, "partnersHint", { n: p.call.minPartners })}</p>
          <div class="table-wrap">
            <table class="data-table">
              <TableHead
                columns={[
                  t(lang, "partnerName"),
                  t(lang, "party"),
                  t(lang, "kind"),
                  t(lang, "role"),
                ]}
              />
              <tbody>
                {Array.from({ length: editor.partnerRows }, (_, n) => (
                  <tr>
                    <td>{i(`partner_${n}_name`, `${t(lang, "partnerName")} ${n + 1}`, 36)}</td>
                    <td>
                      <CellSelect
                        lang={lang}
                        form={form}
                        name={`partner_${n}_party`}
                        label={`${t(lang, "party")} ${n + 1}`}
                        options={labelled(PARTNER_PARTIES, PARTY_LABELS)}
                      />
                    </td>
                    <td>
                      <CellSelect
                        lang={lang}
                        form={form}
                        name={`partner_${n}_kind`}
                        label={`${t(lang, "kind")} ${n + 1}`}
                        options={labelled(PARTNER_KINDS, KIND_LABELS)}
                      />
                    </td>
                    <td>
                      <CellSelect
                        lang={lang}
                        form={form}
                        name={`partner_${n}_role`}
                        label={`${t(lang, "role")} ${n + 1}`}
                        options={labelled(["partner", "lead"] as const, ROLE_LABELS)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t(lang, "budget")}</legend>
          <p class="hint">{t(lang, "budgetHint")}</p>
          <div class="table-wrap">
            <table class="data-table">
              <TableHead
                columns={[
                  t(lang, "partner"),
                  t(lang, "year"),
                  t(lang, "amount"),
                  t(lang, "currency"),
                  t(lang, "description"),
                ]}
              />
              <tbody>
                {Array.from({ length: editor.budgetRows }, (_, n) => (
                  <tr>
                    <td>
                      <CellSelect
                        lang={lang}
                        form={form}
                        name={`budget_${n}_partner`}
                        label={`${t(lang, "partner")} ${n + 1}`}
                        options={[
                          ["", "—"],
                          ...editor.partnerOptions.map((o) => [o.value, o.label] as const),
                        ]}
                      />
                    </td>
                    <td>{i(`budget_${n}_year`, `${t(lang, "year")} ${n + 1}`, 5)}</td>
                    <td>{i(`budget_${n}_amount`, `${t(lang, "amount")} ${n + 1}`, 12)}</td>
                    <td>
                      <CellSelect
                        lang={lang}
                        form={form}
                        name={`budget_${n}_currency`}
                        label={`${t(lang, "currency")} ${n + 1}`}
                        options={CURRENCIES.map((c) => [c, c] as const)}
                      />
                    </td>
                    <td>
                      {i(`budget_${n}_description`, `${t(lang, "description")} ${n + 1}`, 28)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl class="facts">
            {editor.totals.map((total) => (
              <>
                <dt>{t(lang, total.party === "qc" ? "totalQc" : "totalFr")}</dt>
                <dd>{total.amount}</dd>
              </>
            ))}
          </dl>
        </fieldset>

        <fieldset>
          <legend>{t(lang, "funding")}</legend>
          <p class="hint">
            {t(lang, "fundingHint", {
              maxQc: p.call.maxQc,
              maxFr: p.call.maxFr,
              rate: p.call.rate,
            })}
          </p>
          <Field lang={lang} form={form} name="funding_qc" label={t(lang, "fundingQc")} />
          <Field lang={lang} form={form} name="funding_fr" label={t(lang, "fundingFr")} />
        </fieldset>

        <fieldset>
          <legend>{t(lang, "attachments")}</legend>
          <p class="hint">
            {t(lang, "attachmentsHint", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}
          </p>
          {editor.documents.map((d) => (
            <div>
              <label for={`document_${d.id}`}>
                {d.label} ({t(lang, d.required ? "required" : "optional")})
              </label>
              <p class="hint" id={`document_${d.id}-hint`}>
                {d.attached ? (
                  <a href={`${base}/pieces/${d.id}`}>
                    {t(lang, "attached", { file: d.attached.fileName, size: d.attached.sizeKb })}
                  </a>
                ) : (
                  t(lang, "notAttached")
                )}
              </p>
              <input
                type="file"
                id={`document_${d.id}`}
                name={`document_${d.id}`}
                accept="application/pdf"
                aria-describedby={`document_${d.id}-hint`}
              />
            </div>
          ))}
        </fieldset>

        {p.isOwner && (
          <fieldset>
            <legend>{t(lang, "consortium")}</legend>
            <Field
              lang={lang}
              form={form}
              name="members"
              label={t(lang, "members")}
              hint={t(lang, "membersHint")}
              multiline
            />
          </fieldset>
        )}

        <div>
          <button type="submit" class="secondary">
            {t(lang, "save")}
          </button>
          <p class="hint">{t(lang, "saveHint")}</p>
        </div>
      </form>

      <section aria-labelledby="submit-title" class="alert">
        <h2 id="submit-title">{t(lang, "submitTitle")}</h2>
        <p>{t(lang, "submitHint")}</p>
        <button type="submit" form="draft-form" formaction={`${base}/depot`}>
          {t(lang, "submit")}
        </button>
      </section>
    </>
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
