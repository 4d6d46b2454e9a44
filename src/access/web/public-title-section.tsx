import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { PUBLIC_TITLE_MAX, publicTitle } from "../requests/public-title.ts";
import { accessText as t } from "./messages.ts";
import type { RequestView } from "./request-page.tsx";

/** What the disclosure log will call this request, as the officer words it for the public. */
export function PublicTitleSection({ v, action }: { v: RequestView; action: string }) {
  const { lang, request: r } = v;
  return (
    <section aria-labelledby="titre-public">
      <h2 id="titre-public">{t(lang, "publicTitle")}</h2>
      <p>{t(lang, "publicTitleShown", { title: publicTitle(r, lang) })}</p>
      {r.public_title_fr === null && <p class="alert">{t(lang, "publicTitleMissing")}</p>}
      <form method="post" action={action} class="filters">
        <Csrf token={v.csrf} />
        <InlineInput
          id="publicTitleFr"
          label={t(lang, "publicTitleFr")}
          value={r.public_title_fr ?? ""}
          maxlength={PUBLIC_TITLE_MAX}
          required
        />
        <InlineInput
          id="publicTitleEn"
          label={t(lang, "publicTitleEn")}
          value={r.public_title_en ?? ""}
          maxlength={PUBLIC_TITLE_MAX}
        />
        <div>
          <button type="submit">{t(lang, "save")}</button>
        </div>
      </form>
    </section>
  );
}
