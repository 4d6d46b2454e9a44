import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { TableHead } from "../../platform/web/table-head.tsx";
import { StatusBanner } from "./application-page.tsx";
import { CellInput, CellSelect, LANGUAGE_OPTIONS, labelled } from "./editor-fields.tsx";
import { KIND_LABELS, PARTY_LABELS, ROLE_LABELS, applicationText as t } from "./messages.ts";
import { applicationPath } from "./paths.ts";
import type { ApplicationView, CallRulesView, EditorView } from "./present.ts";
import { CURRENCIES, MAX_ATTACHMENT_BYTES, PARTNER_KINDS, PARTNER_PARTIES } from "./schema.ts";

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
