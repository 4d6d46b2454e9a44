import { access } from "../platform/http/access.ts";
import type { Router } from "../platform/http/router.ts";
import { renderPage } from "../platform/web/render.tsx";

export function registerDeclaration(router: Router): void {
  const rule = access("read", "Declaration");
  router.page("GET", "/", rule, (c) => renderPage(c, "Déclaration", <h1>Déclaration</h1>));
}
