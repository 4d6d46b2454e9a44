import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { JURISDICTIONS } from "../../shared/jurisdiction.ts";
import { type Deadlines, explainDeadlines } from "../deadlines/index.ts";
import { JURISDICTION_LABELS, accessText as t } from "./messages.ts";
import type { ReceiptView } from "./present.ts";

/** The desk's front page: what anyone may do, then what the viewer's role adds. */
export function HubPage(p: { lang: Lang; canRegister: boolean; canEditLetters: boolean }) {
  const { lang, canRegister, canEditLetters } = p;
  const href = (path: string) => localisedPath(lang, path);
  return (
    <>
      <h1>{t(lang, "hubTitle")}</h1>
      <p class="lead">{t(lang, "hubLead")}</p>
      <ul class="actions">
        <li>
          <a class="button" href={href("/acces/demande")}>
            {t(lang, "fileRequest")}
          </a>
        </li>
        <li>
          <a href={href("/acces/diffusion")}>{t(lang, "disclosureLog")}</a>
        </li>
        <li>
          <a href={href("/acces/statistiques")}>{t(lang, "statistics")}</a>
        </li>
        {canRegister && (
          <li>
            <a href={href("/acces/demandes")}>{t(lang, "register")}</a>
          </li>
        )}
        {canEditLetters && (
          <>
            <li>
              <a href={href("/admin/modeles")}>{t(lang, "letterTemplates")}</a>
            </li>
            <li>
              <a href={href("/admin/articles")}>{t(lang, "articleTexts")}</a>
            </li>
          </>
        )}
      </ul>
    </>
  );
}

export function RequestForm(p: {
  lang: Lang;
  csrf: string;
  form: FormState;
  action: string;
  officer: boolean;
}) {
  const { lang, form } = p;
  return (
    <form method="post" action={p.action} class="stacked" novalidate>
      <Csrf token={p.csrf} />
      {Object.keys(form.errors).length > 0 && <Alert kind="error">{t(lang, "fixErrors")}</Alert>}
      <Select
        lang={lang}
        form={form}
        name="jurisdiction"
        label={t(lang, "jurisdiction")}
        hint={t(lang, "jurisdictionHint")}
        options={JURISDICTIONS.map((j) => [j, JURISDICTION_LABELS[j]] as const)}
      />
      {p.officer && (
        <>
          <Select
            lang={lang}
            form={form}
            name="channel"
            label={t(lang, "channel")}
            options={[
              ["email", { fr: "Courriel", en: "E-mail" }],
              ["mail", { fr: "Poste", en: "Mail" }],
              ["in_person", { fr: "En personne", en: "In person" }],
              ["web", { fr: "Formulaire en ligne", en: "Online form" }],
            ]}
          />
          <Field
            lang={lang}
            form={form}
            name="receivedOn"
            type="date"
            required
            label={t(lang, "receivedOn")}
          />
        </>
      )}
      <Field lang={lang} form={form} name="subject" required label={t(lang, "subject")} />
      <Field
        lang={lang}
        form={form}
        name="documentsSought"
        required
        multiline
        label={t(lang, "documentsSought")}
        hint={t(lang, "documentsSoughtHint")}
      />
      <fieldset>
        <legend>{t(lang, "requester")}</legend>
        <Field
          lang={lang}
          form={form}
          name="name"
          required
          label={t(lang, "name")}
          autocomplete={p.officer ? "off" : "name"}
        />
        <Field
          lang={lang}
          form={form}
          name="email"
          type="email"
          label={t(lang, "email")}
          hint={t(lang, "contactHint")}
          autocomplete={p.officer ? "off" : "email"}
        />
        <Field
          lang={lang}
          form={form}
          name="postalAddress"
          multiline
          label={t(lang, "postalAddress")}
        />
        <Field lang={lang} form={form} name="phone" type="tel" label={t(lang, "phone")} />
        <Select
          lang={lang}
          form={form}
          name="lang"
          label={t(lang, "letterLang")}
          options={[
            ["fr", { fr: "Français", en: "French" }],
            ["en", { fr: "Anglais", en: "English" }],
          ]}
        />
      </fieldset>
      <div>
        <button type="submit">{t(lang, "send")}</button>
      </div>
    </form>
  );
}

/** The public form: no account, no date of receipt (it is today where the request is received). */
export function IntakePage(p: { lang: Lang; csrf: string; form: FormState }) {
  const { lang, form } = p;
  return (
    <>
      <h1>{t(lang, "formTitle")}</h1>
      <p class="lead">{t(lang, "formLead")}</p>
      <RequestForm
        lang={lang}
        csrf={p.csrf}
        form={form}
        action={localisedPath(lang, "/acces/demande")}
        officer={false}
      />
    </>
  );
}

/** The confirmation: the reference and how the deadline was computed, nothing personal. */
export function ReceiptPage(p: { lang: Lang; receipt: ReceiptView; deadlines: Deadlines }) {
  const { lang, receipt, deadlines } = p;
  return (
    <>
      <h1>{t(lang, "receivedTitle")}</h1>
      <Alert kind="success" as="p">
        {t(lang, "receivedLead", { reference: receipt.reference })}
      </Alert>
      <h2>{t(lang, "deadlineTitle")}</h2>
      <p>
        <strong>{t(lang, "dueOn", { date: formatDate(lang, receipt.dueOn) })}</strong>
      </p>
      <h3>{t(lang, "deadlineSteps")}</h3>
      <ul>
        {explainDeadlines(deadlines, lang).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </>
  );
}
