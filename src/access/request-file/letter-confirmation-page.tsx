import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { LETTER_LABELS } from "../letters/messages.ts";
import type { LetterKind } from "../letters/types.ts";
import { accessText as t } from "../requests/messages.ts";
import { requestFileText } from "./messages.ts";

/** The last step before a letter leaves: who receives it, the letter itself, and a way back. */
export function LetterConfirmation(p: {
  lang: Lang;
  csrf: string;
  reference: string;
  kind: LetterKind;
  recipient: { email: string | null; postalAddress: string | null };
  action: string;
  previewHref: string;
  cancelHref: string;
}) {
  const { lang } = p;
  return (
    <>
      <h1>{requestFileText(lang, "confirmSendTitle", { reference: p.reference })}</h1>
      <p class="lead">{requestFileText(lang, "confirmSendLead")}</p>
      <dl>
        <dt>{requestFileText(lang, "letterKind")}</dt>
        <dd>
          {localise(LETTER_LABELS[p.kind], lang)} —{" "}
          <a href={p.previewHref}>{requestFileText(lang, "previewLetter")}</a>
        </dd>
      </dl>
      <Alert kind="info" as="p">
        {p.recipient.email
          ? requestFileText(lang, "recipientEmail", { email: p.recipient.email })
          : requestFileText(lang, "recipientPostal", { address: p.recipient.postalAddress ?? "—" })}
      </Alert>
      <form method="post" action={p.action} class="filters">
        <Csrf token={p.csrf} />
        <input type="hidden" name="kind" value={p.kind} />
        <input type="hidden" name="format" value="send" />
        <input type="hidden" name="confirm" value="yes" />
        <div>
          <button type="submit">{t(lang, "confirmSend")}</button>
        </div>
        <div>
          <a href={p.cancelHref}>{t(lang, "cancel")}</a>
        </div>
      </form>
    </>
  );
}
