/** The review page: approve the brief for one's party, or send it back to draft with a reason. */
import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Approvals, Status } from "./brief-parts.tsx";
import { briefText as t } from "./messages.ts";
import { titleIn } from "./model.ts";
import { briefPath } from "./paths.ts";
import type { Brief } from "./queries.ts";

export function ReviewPage(props: {
  lang: Lang;
  csrf: string;
  brief: Brief;
  reason?: string;
  error?: string | undefined;
}) {
  const { lang, brief: b } = props;
  return (
    <>
      <h1>{t(lang, "reviewTitle", { title: titleIn(b.content, lang) })}</h1>
      <p>
        <Status lang={lang} status={b.status} />{" "}
        <a href={briefPath(lang, b.id)}>{t(lang, "backToBrief")}</a>
      </p>
      {props.error && <Alert kind="error">{props.error}</Alert>}
      <Approvals lang={lang} brief={b} />
      {b.status === "in_review" && (
        <form method="post" action={briefPath(lang, b.id, "/approuver")} class="stacked">
          <Csrf token={props.csrf} />
          <h2>{t(lang, "approveHeading")}</h2>
          <p class="hint">{t(lang, "approveHint")}</p>
          <div>
            <input type="checkbox" id="confirm" name="confirm" value="oui" required />{" "}
            <label for="confirm">{t(lang, "approveConfirm", { version: b.version })}</label>
          </div>
          <p>
            <button type="submit">{t(lang, "approve")}</button>
          </p>
        </form>
      )}
      {(b.status === "in_review" || b.status === "approved") && (
        <form method="post" action={briefPath(lang, b.id, "/rejeter")} class="stacked">
          <Csrf token={props.csrf} />
          <h2>{t(lang, "rejectHeading")}</h2>
          <div>
            <label for="reason">{t(lang, "reason")}</label>
            <p class="hint" id="reason-hint">
              {t(lang, "reasonHint")}
            </p>
            <textarea id="reason" name="reason" rows={4} required aria-describedby="reason-hint">
              {props.reason ?? ""}
            </textarea>
          </div>
          <p>
            <button type="submit" class="danger">
              {t(lang, "reject")}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
