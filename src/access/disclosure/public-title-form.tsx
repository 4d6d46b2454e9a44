import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { disclosureText } from "./messages.ts";
import { PUBLIC_TITLE_MAX, type PublicTitleView } from "./present.ts";

/** What the disclosure log will call this request, as the officer words it for the public. */
export function PublicTitleSection(p: {
  lang: Lang;
  csrf: string;
  title: PublicTitleView;
  action: string;
}) {
  const { lang, title, action } = p;
  return (
    <section aria-labelledby="titre-public">
      <h2 id="titre-public">{disclosureText(lang, "publicTitle")}</h2>
      <p>{disclosureText(lang, "publicTitleShown", { title: title.shown })}</p>
      {title.fr === null && (
        <Alert kind="info" as="p">
          {disclosureText(lang, "publicTitleMissing")}
        </Alert>
      )}
      <form method="post" action={action} class="filters">
        <Csrf token={p.csrf} />
        <InlineInput
          id="publicTitleFr"
          label={disclosureText(lang, "publicTitleFr")}
          value={title.fr ?? ""}
          maxlength={PUBLIC_TITLE_MAX}
          required
        />
        <InlineInput
          id="publicTitleEn"
          label={disclosureText(lang, "publicTitleEn")}
          value={title.en ?? ""}
          maxlength={PUBLIC_TITLE_MAX}
        />
        <div>
          <button type="submit">{disclosureText(lang, "save")}</button>
        </div>
      </form>
    </section>
  );
}
