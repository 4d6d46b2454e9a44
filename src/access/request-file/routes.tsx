import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { checkForm, formAction, parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { computeDeadlines } from "../deadlines/index.ts";
import { publishDecision, setPublicTitle } from "../disclosure/commands.ts";
import { addDocument } from "../documents/commands.ts";
import { originalContent, releasedContent } from "../documents/queries.ts";
import { sendLetter } from "../letters/commands.ts";
import { storedLetter } from "../letters/queries.ts";
import { draftLetterDocx, previewLetterPdf } from "../letters/request-letters.ts";
import { LETTER_KINDS, type LetterKind } from "../letters/types.ts";
import { assignOfficer, logSearch, moveRequest, notifyThirdParty } from "../requests/commands.ts";
import { pdfResponse, requestOr404 } from "../requests/load.ts";
import { accessText as t } from "../requests/messages.ts";
import { findRequester, listOfficers, type RequestRow } from "../requests/queries.ts";
import { todayIn } from "../requests/schema.ts";
import { isStatus } from "../requests/status.ts";
import { LetterConfirmation } from "./letter-confirmation-page.tsx";
import { requestFileText } from "./messages.ts";
import { RequestPage } from "./pages.tsx";
import { presentRequestFile } from "./present.ts";
import { requestFile } from "./queries.ts";
import {
  assignForm,
  documentForm,
  isoDate,
  letterForm,
  publicTitleForm,
  publishForm,
  searchForm,
  statusForm,
  thirdPartyForm,
} from "./schema.ts";

type PageStatus = Parameters<typeof renderPage>[3];

const READ = access("read", "AccessRequest");
const UPDATE = access("update", "AccessRequest");

export function registerRequestPages(router: Router): void {
  router.page("GET", "/acces/demandes/:reference", READ, (c) => showRequest(c));
  router.page("POST", "/acces/demandes/:reference/etat", UPDATE, (c) =>
    act(c, async (r) => {
      const form = await parseForm(c, statusForm);
      if (!isStatus(form.to)) {
        const choose = { fr: t("fr", "chooseStatus"), en: t("en", "chooseStatus") };
        throw fail("validation_failed", {}, { to: choose });
      }
      await moveRequest(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        to: form.to,
        onDate: isoDate(form.onDate),
        note: form.note,
        outcome: form.outcome,
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/titre-public", UPDATE, (c) =>
    act(c, async (r) => {
      const form = await parseForm(c, publicTitleForm);
      await setPublicTitle(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        fr: form.publicTitleFr,
        en: form.publicTitleEn,
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/responsable", UPDATE, (c) =>
    act(c, async (r) => {
      const { officerId } = await parseForm(c, assignForm);
      if (officerId && !isUuid(officerId)) throw fail("access_officer_unknown");
      await assignOfficer(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        r.reference,
        officerId || null,
      );
    }),
  );
  router.page("POST", "/acces/demandes/:reference/recherches", UPDATE, (c) =>
    act(c, async (r) => {
      const { unit, result, searchedOn } = await parseForm(c, searchForm);
      if (!unit || !result || unit.length > 200 || result.length > 2000) {
        throw fail("validation_failed");
      }
      await logSearch(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), r.reference, {
        unit,
        result,
        searchedOn: isoDate(searchedOn),
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/documents", UPDATE, (c) =>
    act(c, async (r) => {
      const { title, document } = await parseForm(c, documentForm);
      if (!document) throw fail("not_a_pdf");
      await addDocument(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), r.reference, {
        title,
        fileName: document.name,
        content: new Uint8Array(await document.arrayBuffer()),
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/diffusion", UPDATE, (c) =>
    act(c, async (r) => {
      const { summary } = await parseForm(c, publishForm);
      await publishDecision(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        summary,
        onDate: todayIn(r.jurisdiction, c.var.deps.now()),
        lang: c.var.lang,
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/tiers", UPDATE, (c) =>
    act(c, async (r) => {
      const form = await parseForm(c, thirdPartyForm);
      await notifyThirdParty(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        r.reference,
        { thirdParty: form.thirdParty, sentOn: isoDate(form.sentOn) },
      );
    }),
  );
  router.page("POST", "/acces/demandes/:reference/lettres", UPDATE, produceLetter);
  router.page("GET", "/acces/demandes/:reference/apercu-lettre/:kind", UPDATE, previewLetter);
  router.page("GET", "/acces/demandes/:reference/lettres/:id", READ, async (c) => {
    const r = await requestOr404(c);
    const id = c.req.param("id") ?? "";
    const letter = isUuid(id) ? await storedLetter(c.var.deps.db, r.id, id) : null;
    if (!letter) throw fail("not_found");
    return pdfResponse(letter.pdf, `${r.reference}-${letter.kind}.pdf`);
  });
  router.page("GET", "/acces/demandes/:reference/documents/:id/original.pdf", READ, async (c) => {
    const r = await requestOr404(c);
    const doc = await originalContent(c.var.deps.db, r.id, c.req.param("id") ?? "");
    if (!doc) throw fail("not_found");
    return pdfResponse(doc.content, `${r.reference}-original.pdf`);
  });
  router.page("GET", "/acces/demandes/:reference/documents/:id/diffuse.pdf", READ, async (c) => {
    const r = await requestOr404(c);
    const doc = await releasedContent(c.var.deps.db, r.id, c.req.param("id") ?? "");
    if (!doc) throw fail("not_found");
    return pdfResponse(doc.content, `${r.reference}.pdf`);
  });
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const isLetterKind = (v: string): v is LetterKind =>
  (LETTER_KINDS as readonly string[]).includes(v);

/** Sends a letter (PDF kept on file) or downloads an editable DOCX draft of it. */
async function produceLetter(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const { kind, format, confirm } = checkForm(letterForm, await c.req.parseBody());
  if (!isLetterKind(kind))
    return showRequest(c, { error: requestFileText(lang, "chooseLetter") }, 422);
  if (format === "docx") {
    const r = await requestOr404(c);
    const docx = await draftLetterDocx(
      c.var.deps.db,
      r,
      kind,
      todayIn(r.jurisdiction, c.var.deps.now()),
    );
    return new Response(docx as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": DOCX,
        "content-disposition": `attachment; filename="${r.reference}-${kind}.docx"`,
      },
    });
  }
  if (format !== "send") return showRequest(c, { error: t(lang, "chooseAction") }, 422);
  if (confirm !== "yes") return confirmLetter(c, kind);
  return act(c, async (r) => {
    await sendLetter(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
      reference: r.reference,
      kind,
      sentOn: todayIn(r.jurisdiction, c.var.deps.now()),
    });
  });
}

/** Before a letter is mailed: its recipient and a preview, and nothing sent until confirmed. */
async function confirmLetter(c: Context<AppEnv>, kind: LetterKind) {
  const lang = c.var.lang;
  const r = await requestOr404(c);
  const requester = await findRequester(c.var.deps.db, r.id);
  const base = `/acces/demandes/${r.reference}`;
  return renderPage(
    c,
    requestFileText(lang, "confirmSendTitle", { reference: r.reference }),
    <LetterConfirmation
      lang={lang}
      csrf={c.var.csrfToken}
      reference={r.reference}
      kind={kind}
      recipient={{
        email: requester?.email ?? null,
        postalAddress: requester?.postal_address ?? null,
      }}
      action={localisedPath(lang, `${base}/lettres`)}
      previewHref={localisedPath(lang, `${base}/apercu-lettre/${kind}`)}
      cancelHref={localisedPath(lang, base)}
    />,
  );
}

/** A letter as it would be sent today, recorded nowhere. */
async function previewLetter(c: Context<AppEnv>) {
  const r = await requestOr404(c);
  const kind = c.req.param("kind") ?? "";
  if (!isLetterKind(kind)) throw fail("not_found");
  const pdf = await previewLetterPdf(
    c.var.deps.db,
    r,
    kind,
    todayIn(r.jurisdiction, c.var.deps.now()),
  );
  return pdfResponse(pdf, `${r.reference}-${kind}-apercu.pdf`, "inline");
}

/**
 * A form of the request's page: an unknown request is a 404 page before anything is read;
 * then success shows the page again with its notice, a refusal with its reason.
 */
async function act(c: Context<AppEnv>, run: (r: RequestRow) => Promise<void>) {
  const r = await requestOr404(c);
  return formAction(c, {
    run: () => run(r),
    done: localisedPath(c.var.lang, `/acces/demandes/${r.reference}?ok=1`),
    redraw: (error, status) => showRequest(c, { error }, status as PageStatus),
  });
}

async function showRequest(
  c: Context<AppEnv>,
  feedback: { error?: string } = {},
  status: PageStatus = 200,
) {
  const lang = c.var.lang;
  const db = c.var.deps.db;
  const { policy } = c.var.deps;
  const r = await requestOr404(c);
  const canReadRequester = policy.can(c.var.actor, "read", "AccessRequester");
  const [requester, file, officers] = await Promise.all([
    canReadRequester ? findRequester(db, r.id) : Promise.resolve(null),
    requestFile(db, r.id),
    listOfficers(db),
  ]);
  const deadlines = computeDeadlines({
    received: r.received_on,
    jurisdiction: r.jurisdiction,
    extended: r.extended_on !== null,
    ...(r.extended_on ? { extensionNoticeSent: r.extended_on } : {}),
    ...(r.decided_on ? { decided: r.decided_on } : {}),
  });
  const canUpdate = policy.can(c.var.actor, "update", "AccessRequest");
  return renderPage(
    c,
    `${t(lang, "reference")} ${r.reference}`,
    <RequestPage
      {...presentRequestFile(r, file, { lang, requester })}
      lang={lang}
      csrf={c.var.csrfToken}
      deadlines={deadlines}
      officers={officers}
      today={todayIn(r.jurisdiction, c.var.deps.now())}
      canUpdate={canUpdate}
      notice={!feedback.error && c.req.query("ok") === "1" ? t(lang, "saved") : undefined}
      error={feedback.error}
    />,
    status,
  );
}
