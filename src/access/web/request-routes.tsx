import type { Context } from "hono";
import { performerOf } from "../../platform/audit/command.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { computeDeadlines } from "../deadlines/index.ts";
import { LETTER_KINDS, type LetterKind } from "../letters/types.ts";
import { assignOfficer, logSearch, moveRequest } from "../requests/commands.ts";
import { publicationDueOn, publishDecision } from "../requests/disclosure.ts";
import { addDocument } from "../requests/documents.ts";
import { todayIn } from "../requests/intake.ts";
import {
  draftLetterDocx,
  previewLetterPdf,
  sendLetter,
  storedLetter,
} from "../requests/letters.ts";
import { setPublicTitle } from "../requests/public-title.ts";
import { REFERENCE_PATTERN } from "../requests/reference.ts";
import {
  findRequest,
  findRequester,
  listOfficers,
  originalContent,
  type RequestRow,
  releasedContent,
  requestFile,
} from "../requests/repository.ts";
import { isOutcome, isStatus } from "../requests/status.ts";
import { notifyThirdParty } from "../requests/third-parties.ts";
import { LetterConfirmation } from "./letter-confirmation.tsx";
import { LetterSection } from "./letter-section.tsx";
import { accessText as t } from "./messages.ts";
import { RequestPage } from "./request-page.tsx";

const READ = access("read", "AccessRequest");
const UPDATE = access("update", "AccessRequest");

export function registerRequestPages(router: Router): void {
  router.page("GET", "/acces/demandes/:reference", READ, (c) => showRequest(c));
  router.page("POST", "/acces/demandes/:reference/etat", UPDATE, (c) =>
    act(c, async (r, body) => {
      const to = String(body.to ?? "");
      const outcome = String(body.outcome ?? "");
      if (!isStatus(to)) {
        const choose = { fr: t("fr", "chooseStatus"), en: t("en", "chooseStatus") };
        throw fail("validation_failed", {}, { to: choose });
      }
      await moveRequest(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        to,
        onDate: dateField(body.onDate),
        note:
          String(body.note ?? "")
            .trim()
            .slice(0, 500) || undefined,
        outcome: isOutcome(outcome) ? outcome : undefined,
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/titre-public", UPDATE, (c) =>
    act(c, async (r, body) => {
      await setPublicTitle(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        fr: String(body.publicTitleFr ?? ""),
        en: String(body.publicTitleEn ?? ""),
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/responsable", UPDATE, (c) =>
    act(c, async (r, body) => {
      const id = String(body.officerId ?? "");
      if (id && !isUuid(id)) throw fail("access_officer_unknown");
      await assignOfficer(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        r.reference,
        id || null,
      );
    }),
  );
  router.page("POST", "/acces/demandes/:reference/recherches", UPDATE, (c) =>
    act(c, async (r, body) => {
      const unit = String(body.unit ?? "").trim();
      const result = String(body.result ?? "").trim();
      if (!unit || !result || unit.length > 200 || result.length > 2000) {
        throw fail("validation_failed");
      }
      await logSearch(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), r.reference, {
        unit,
        result,
        searchedOn: dateField(body.searchedOn),
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/documents", UPDATE, (c) =>
    act(c, async (r, body) => {
      const file = body.document;
      if (!(file instanceof File) || file.size === 0) throw fail("not_a_pdf");
      await addDocument(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), r.reference, {
        title: String(body.title ?? ""),
        fileName: file.name,
        content: new Uint8Array(await file.arrayBuffer()),
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/diffusion", UPDATE, (c) =>
    act(c, async (r, body) => {
      await publishDecision(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        summary: String(body.summary ?? ""),
        onDate: todayIn(r.jurisdiction, c.var.deps.now()),
        lang: c.var.lang,
      });
    }),
  );
  router.page("POST", "/acces/demandes/:reference/tiers", UPDATE, (c) =>
    act(c, async (r, body) => {
      await notifyThirdParty(
        c.var.deps.db,
        performerOf(c.var.actor, c.var.requestId),
        r.reference,
        { thirdParty: String(body.thirdParty ?? ""), sentOn: dateField(body.sentOn) },
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

/** Sends a letter (PDF kept on file) or downloads an editable DOCX draft of it. */
async function produceLetter(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const body = await c.req.parseBody();
  const kind = String(body.kind ?? "");
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) {
    return showRequest(c, { error: t(lang, "chooseLetter") }, 422);
  }
  if (body.format === "docx") {
    const r = await requestOr404(c);
    const docx = await draftLetterDocx(
      c.var.deps.db,
      r,
      kind as LetterKind,
      todayIn(r.jurisdiction, c.var.deps.now()),
    );
    return new Response(docx as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": DOCX,
        "content-disposition": `attachment; filename="${r.reference}-${kind}.docx"`,
      },
    });
  }
  if (body.format !== "send") return showRequest(c, { error: t(lang, "chooseAction") }, 422);
  if (body.confirm !== "yes") return confirmLetter(c, kind as LetterKind);
  return act(
    c,
    async (r) => {
      await sendLetter(c.var.deps.db, performerOf(c.var.actor, c.var.requestId), {
        reference: r.reference,
        kind: kind as LetterKind,
        sentOn: todayIn(r.jurisdiction, c.var.deps.now()),
      });
    },
    body,
  );
}

/** Before a letter is mailed: its recipient and a preview, and nothing sent until confirmed. */
async function confirmLetter(c: Context<AppEnv>, kind: LetterKind) {
  const lang = c.var.lang;
  const r = await requestOr404(c);
  const requester = await findRequester(c.var.deps.db, r.id);
  const base = `/acces/demandes/${r.reference}`;
  return renderPage(
    c,
    t(lang, "confirmSendTitle", { reference: r.reference }),
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
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) throw fail("not_found");
  const pdf = await previewLetterPdf(
    c.var.deps.db,
    r,
    kind as LetterKind,
    todayIn(r.jurisdiction, c.var.deps.now()),
  );
  return pdfResponse(pdf, `${r.reference}-${kind}-apercu.pdf`, "inline");
}

export function pdfResponse(
  content: Uint8Array,
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
) {
  return new Response(content as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `${disposition}; filename="${fileName}"`,
    },
  });
}

function dateField(value: unknown): string {
  const v = String(value ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw fail(
      "validation_failed",
      {},
      {
        onDate: { fr: "Date invalide (AAAA-MM-JJ).", en: "Invalid date (YYYY-MM-DD)." },
      },
    );
  }
  return v;
}

export async function requestOr404(c: Context<AppEnv>): Promise<RequestRow> {
  const reference = c.req.param("reference") ?? "";
  const r = REFERENCE_PATTERN.test(reference) ? await findRequest(c.var.deps.db, reference) : null;
  if (!r) throw fail("access_request_unknown", { reference });
  return r;
}

/** Runs a form's action, then shows the request again with the outcome, success or error. */
async function act(
  c: Context<AppEnv>,
  action: (r: RequestRow, body: Record<string, unknown>) => Promise<void>,
  parsed?: Record<string, unknown>,
) {
  const r = await requestOr404(c);
  const body = parsed ?? ((await c.req.parseBody()) as Record<string, unknown>);
  try {
    await action(r, body);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const fields = Object.values(error.fields).map((f) => localise(f, c.var.lang));
    const message = [error.messageIn(c.var.lang), ...fields].join(" ");
    return showRequest(c, { error: message }, error.status as Parameters<typeof renderPage>[3]);
  }
  return c.redirect(localisedPath(c.var.lang, `/acces/demandes/${r.reference}?ok=1`), 303);
}

export async function showRequest(
  c: Context<AppEnv>,
  feedback: { error?: string } = {},
  status: Parameters<typeof renderPage>[3] = 200,
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
      lang={lang}
      csrf={c.var.csrfToken}
      request={r}
      requester={requester}
      file={file}
      deadlines={deadlines}
      officers={officers}
      today={todayIn(r.jurisdiction, c.var.deps.now())}
      publishBy={r.sent_on ? publicationDueOn(r.sent_on) : null}
      canUpdate={canUpdate}
      letters={
        <LetterSection
          lang={lang}
          csrf={c.var.csrfToken}
          request={r}
          letters={file.letters}
          canUpdate={canUpdate}
        />
      }
      notice={!feedback.error && c.req.query("ok") === "1" ? t(lang, "saved") : undefined}
      error={feedback.error}
    />,
    status,
  );
}
