import type { Context } from "hono";
import { type AppError, fail } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import { isUuid } from "../../platform/http/ids.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { checkForm, isRefusal, refusalText } from "../../platform/web/form-action.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { setReviewerProfile } from "./assignment-commands.ts";
import { reviewText as t } from "./messages.ts";
import { REVIEWERS_PATH } from "./paths.ts";
import { presentReviewer } from "./present.ts";
import { listReviewers } from "./queries.ts";
import { ReviewerProfilesPage } from "./reviewers-page.tsx";
import { performer, statusOf } from "./route-kit.ts";
import { reviewerProfileForm } from "./schema.ts";

const PROFILES = access("update", "ReviewerProfile");

/** Reviewers' profiles: the party and organisation that assignments check. */
export function registerReviewerRoutes(router: Router): void {
  router.page("GET", REVIEWERS_PATH, PROFILES, (c) => profiles(c));
  router.page("POST", `${REVIEWERS_PATH}/:id`, PROFILES, saveProfile);
}

async function profiles(c: Context<AppEnv>, error?: AppError) {
  const lang = c.var.lang;
  const reviewers = await listReviewers(c.var.deps.db);
  return renderPage(
    c,
    t(lang, "profilesTitle"),
    <ReviewerProfilesPage
      lang={lang}
      csrf={c.var.csrfToken}
      reviewers={reviewers.map((r) => presentReviewer(r, lang))}
      error={error ? refusalText(error, lang) : undefined}
      notice={c.req.query("ok") ? t(lang, "saved") : undefined}
    />,
    error ? statusOf(error) : 200,
  );
}

async function saveProfile(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  if (!isUuid(id)) throw fail("not_found");
  try {
    const input = checkForm(reviewerProfileForm, await c.req.parseBody());
    await setReviewerProfile(c.var.deps.db, performer(c), {
      userId: id,
      party: input.party,
      organisation: input.organisation,
      now: c.var.deps.now(),
    });
  } catch (error) {
    if (!isRefusal(error) || error.status === 404) throw error;
    return profiles(c, error);
  }
  return c.redirect(localisedPath(c.var.lang, `${REVIEWERS_PATH}?ok=1`), 303);
}
