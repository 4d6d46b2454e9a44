import type { Context } from "hono";
import { performerOf } from "../../audit/commands.ts";
import { fail } from "../../errors/app-error.ts";
import { access } from "../../http/access.ts";
import { isUuid } from "../../http/ids.ts";
import type { Router } from "../../http/router.ts";
import type { AppEnv } from "../../http/types.ts";
import { localisedPath } from "../../i18n/i18n.ts";
import { renderPage } from "../../web/render.tsx";
import { unlinkIdentity } from "./commands.ts";
import { oidcText as t } from "./messages.ts";
import { UnlinkConfirmPage, UserIdentitiesPage, UsersPage } from "./pages.tsx";
import { presentAccount, presentIdentity } from "./present.ts";
import {
  type AccountRow,
  findAccount,
  findIdentity,
  listAccounts,
  listIdentities,
} from "./queries.ts";

const READ = access("read", "UserIdentity");
const UNLINK = access("delete", "UserIdentity");
const UNLINK_PATH = "/admin/utilisateurs/:id/identites/:identity/delier";

/** Administrators see every account's linked government identities and can unlink one. */
export function registerIdentityAdminRoutes(router: Router): void {
  router.page("GET", "/admin/utilisateurs", READ, async (c) => {
    const users = (await listAccounts(c.var.deps.db)).map(presentAccount);
    return renderPage(
      c,
      t(c.var.lang, "usersTitle"),
      <UsersPage lang={c.var.lang} users={users} />,
    );
  });

  router.page("GET", "/admin/utilisateurs/:id", READ, async (c) => {
    const user = await userOf(c);
    return renderPage(
      c,
      user.email,
      <UserIdentitiesPage
        lang={c.var.lang}
        user={presentAccount(user)}
        identities={(await listIdentities(c.var.deps.db, user.id)).map(presentIdentity)}
        providers={c.var.deps.config.oidcProviders}
        notice={c.req.query("delie") === "1" ? t(c.var.lang, "unlinked") : undefined}
      />,
    );
  });

  router.page("GET", UNLINK_PATH, UNLINK, async (c) => {
    const user = await userOf(c);
    const identity = await identityOf(c, user.id);
    return renderPage(
      c,
      t(c.var.lang, "unlink"),
      <UnlinkConfirmPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        userId={user.id}
        email={user.email}
        identity={presentIdentity(identity)}
        providers={c.var.deps.config.oidcProviders}
      />,
    );
  });

  router.page("POST", UNLINK_PATH, UNLINK, async (c) => {
    const user = await userOf(c);
    const identity = await identityOf(c, user.id);
    const actor = c.var.actor;
    await unlinkIdentity(c.var.deps.db, performerOf(actor, c.var.requestId), user.id, identity.id);
    return c.redirect(
      localisedPath(c.var.lang, `/admin/utilisateurs/${user.id}?delie=1#identites`),
      303,
    );
  });
}

async function userOf(c: Context<AppEnv>): Promise<AccountRow> {
  const id = c.req.param("id");
  if (!isUuid(id)) throw fail("not_found");
  const account = await findAccount(c.var.deps.db, id);
  if (!account) throw fail("not_found");
  return account;
}

async function identityOf(c: Context<AppEnv>, userId: string) {
  const id = c.req.param("identity");
  const identity = isUuid(id) ? await findIdentity(c.var.deps.db, userId, id) : undefined;
  if (!identity) throw fail("not_found");
  return identity;
}
