import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import {
  EMPTY_FORM,
  Field,
  type FormState,
  formValues,
  Select,
} from "../../platform/web/fields.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import { computeDeadlines, explainDeadlines } from "../deadlines/index.ts";
import { createRequest } from "../requests/commands.ts";
import { JURISDICTIONS, parseIntake, todayIn } from "../requests/intake.ts";
import { REFERENCE_PATTERN } from "../requests/reference.ts";
import { findRequestByReceipt } from "../requests/repository.ts";
import { JURISDICTION_LABELS, accessText as t } from "./messages.ts";
import { receiptPath } from "./receipt-path.ts";

const FILE = access("create", "AccessRequest");

export function registerPublicAccess(router: Router): void {
  router.page("GET", "/acces", access("read", "DisclosureLog"), hub);
  router.page("GET", "/acces/demande", FILE, (c) => showForm(c, EMPTY_FORM));
  router.page("POST", "/acces/demande", FILE, fileRequest);
  router.page("GET", "/acces/demande/recue/:reference", FILE, received);
}

function hub(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const href = (p: string) => localisedPath(lang, p);
  const canRegister = c.var.deps.policy.can(c.var.actor, "read", "AccessRequest");
  const canEditLetters = c.var.deps.policy.can(c.var.actor, "update", "LetterTemplate");
  return renderPage(
    c,
    t(lang, "hubTitle"),
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
    </>,
  );
}

export function RequestForm(p: {
  lang: "fr" | "en";
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

function showForm(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const lang = c.var.lang;
  const values = { lang, ...form.values };
  return renderPage(
    c,
    t(lang, "formTitle"),
    <>
      <h1>{t(lang, "formTitle")}</h1>
      <p class="lead">{t(lang, "formLead")}</p>
      <RequestForm
        lang={lang}
        csrf={c.var.csrfToken}
        form={{ ...form, values }}
        action={localisedPath(lang, "/acces/demande")}
        officer={false}
      />
    </>,
    status,
  );
}

async function fileRequest(c: Context<AppEnv>) {
  const body = await c.req.parseBody();
  const values = formValues(body);
  const now = c.var.deps.now();
  const jurisdiction = values.jurisdiction === "fr" ? "fr" : "qc";
  try {
    // The public cannot choose the date of receipt: it is today where the request is received.
    const intake = parseIntake(
      { ...values, channel: "web", receivedOn: todayIn(jurisdiction, now) },
      now,
    );
    const created = await createRequest(
      c.var.deps.db,
      performerOf(c.var.actor, c.var.requestId),
      intake,
    );
    return c.redirect(receiptPath(c.var.lang, created), 303);
  } catch (error) {
    if (error instanceof AppError && error.id === "validation_failed") {
      return showForm(c, { values, errors: error.fields }, 422);
    }
    throw error;
  }
}

/**
 * The confirmation: the reference and how the deadline was computed, nothing personal. Only the
 * requester's link (with its token) opens it: a bare reference answers 404 like an unknown one,
 * so that nobody can count the requests of a month by trying numbers.
 */
async function received(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const reference = c.req.param("reference") ?? "";
  const token = c.req.query("jeton") ?? "";
  const request =
    REFERENCE_PATTERN.test(reference) && /^[\w-]{43}$/.test(token)
      ? await findRequestByReceipt(c.var.deps.db, reference, token)
      : null;
  if (!request) throw fail("access_request_unknown", { reference });
  const deadlines = computeDeadlines({
    received: request.received_on,
    jurisdiction: request.jurisdiction,
  });
  return renderPage(
    c,
    t(lang, "receivedTitle"),
    <>
      <h1>{t(lang, "receivedTitle")}</h1>
      <Alert kind="success" as="p">
        {t(lang, "receivedLead", { reference: request.reference })}
      </Alert>
      <h2>{t(lang, "deadlineTitle")}</h2>
      <p>
        <strong>{t(lang, "dueOn", { date: formatDate(lang, request.due_on) })}</strong>
      </p>
      <h3>{t(lang, "deadlineSteps")}</h3>
      <ul>
        {explainDeadlines(deadlines, lang).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </>,
    200,
  );
}
