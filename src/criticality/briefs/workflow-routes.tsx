/**
 * The workflow on the site, as form posts: submit for review, the review page (approve or send
 * back with a reason) and publication. The workflow's own rules: commands.ts.
 */
import type { Context } from "hono";
import { type Performer, performerOf } from "../../platform/audit/commands.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { parseForm } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { APPROVE, PUBLISH, UPDATE } from "./access-rules.ts";
import { act } from "./brief-routes.tsx";
import { approveBrief, publishBrief, rejectBrief, submitBrief } from "./commands.ts";
import { briefText as t } from "./messages.ts";
import { titleIn } from "./model.ts";
import type { Notice } from "./notices.ts";
import { BRIEFS, briefPath } from "./paths.ts";
import type { Brief } from "./queries.ts";
import { ReviewRefusal, refusal, refusalStatus } from "./refusal.ts";
import { ReviewPage } from "./review-page.tsx";
import { type ReviewForm, reviewForm } from "./schema.ts";
import { visible } from "./visible.ts";

export function registerWorkflowRoutes(router: Router): void {
  router.page("POST", `${BRIEFS}/:id/soumettre`, UPDATE, (c) =>
    act(c, "submitted", (b, p) => submitBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );
  router.page("GET", `${BRIEFS}/:id/revue`, APPROVE, async (c) => {
    const b = await visible(c);
    return renderPage(
      c,
      t(c.var.lang, "reviewTitle", { title: titleIn(b.content, c.var.lang) }),
      <ReviewPage lang={c.var.lang} csrf={c.var.csrfToken} brief={b} />,
    );
  });
  router.page("POST", `${BRIEFS}/:id/approuver`, APPROVE, (c) =>
    review(c, "approved", async (b, p, form) => {
      if (form.confirm !== "oui")
        throw new ReviewRefusal({
          fr: t("fr", "approveUnconfirmed"),
          en: t("en", "approveUnconfirmed"),
        });
      await approveBrief(c.var.deps.db, p, c.var.actor, b.id);
    }),
  );
  router.page("POST", `${BRIEFS}/:id/rejeter`, APPROVE, (c) =>
    review(c, "rejected", (b, p, form) =>
      rejectBrief(c.var.deps.db, p, c.var.actor, b.id, form.reason),
    ),
  );
  router.page("POST", `${BRIEFS}/:id/publier`, PUBLISH, (c) =>
    act(c, "published", (b, p) => publishBrief(c.var.deps.db, p, c.var.actor, b.id)),
  );
}

/** Approve or send back, from the review page; a refusal redraws it with its reason. */
async function review(
  c: Context<AppEnv>,
  done: Notice,
  step: (b: Brief, performer: Performer, form: ReviewForm) => Promise<unknown>,
) {
  const b = await visible(c);
  const form = await parseForm(c, reviewForm);
  try {
    await step(b, performerOf(c.var.actor, c.var.requestId), form);
  } catch (e) {
    const texts = refusal(e);
    const lang = c.var.lang;
    return renderPage(
      c,
      t(lang, "reviewTitle", { title: titleIn(b.content, lang) }),
      <ReviewPage
        lang={lang}
        csrf={c.var.csrfToken}
        brief={b}
        error={texts[lang]}
        reason={form.reason}
      />,
      refusalStatus(e),
    );
  }
  return c.redirect(`${briefPath(c.var.lang, b.id)}?fait=${done}`, 303);
}
