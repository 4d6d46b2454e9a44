/** The lists of briefs on the site: the public list, its Atom feed and the members' workspace. */
import type { Context } from "hono";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { READ, REVIEW, SUBJECT } from "./access-rules.ts";
import { briefAtom } from "./atom.ts";
import { PublicListPage, WorkspacePage } from "./list-pages.tsx";
import { briefText as t } from "./messages.ts";
import { BRIEFS } from "./paths.ts";
import { listBriefs } from "./queries.ts";

export function registerListRoutes(router: Router): void {
  router.page("GET", BRIEFS, READ, showPublicList);
  router.page("GET", `${BRIEFS}/flux.atom`, READ, async (c) =>
    c.body(
      briefAtom(c.var.lang, await listBriefs(c.var.deps.db, ["published"]), originOf(c)),
      200,
      {
        "content-type": "application/atom+xml; charset=utf-8",
      },
    ),
  );
  router.page("GET", `${BRIEFS}/travail`, REVIEW, async (c) => {
    const briefs = await listBriefs(c.var.deps.db, ["draft", "in_review", "approved"]);
    const canCreate = c.var.deps.policy.can(c.var.actor, "create", SUBJECT);
    return renderPage(
      c,
      t(c.var.lang, "workspace"),
      <WorkspacePage lang={c.var.lang} briefs={briefs} canCreate={canCreate} />,
    );
  });
}

/** The site's own address, for the absolute links an Atom feed needs. */
const originOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;

async function showPublicList(c: Context<AppEnv>) {
  const briefs = await listBriefs(c.var.deps.db, ["published"]);
  const canReview = c.var.deps.policy.can(c.var.actor, "review", SUBJECT);
  return renderPage(
    c,
    t(c.var.lang, "listTitle"),
    <PublicListPage lang={c.var.lang} briefs={briefs} canReview={canReview} />,
  );
}
