import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { OpensCloses } from "./detail-page.tsx";
import { callText as t } from "./messages.ts";
import { callPath } from "./paths.ts";
import type { CallView } from "./present.ts";

/** Publishing asks first, and says what is missing. */
export function PublishPage(p: {
  lang: Lang;
  csrf: string;
  call: CallView;
  error?: string | undefined;
}) {
  const { lang, call } = p;
  return (
    <>
      <h1>{t(lang, "publishCall", { code: call.code })}</h1>
      <p class="lead">{call.title[lang]}</p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <p>{t(lang, "publishLead")}</p>
      <dl class="facts">
        <OpensCloses lang={lang} call={call} />
      </dl>
      {call.scored.length === 0 && !p.error && (
        <Alert kind="note">{t(lang, "publishNoScored")}</Alert>
      )}
      <form method="post" action={callPath(lang, call.code, "/publier")}>
        <Csrf token={p.csrf} />
        <button type="submit">{t(lang, "publish")}</button>{" "}
        <a href={callPath(lang, call.code)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}
