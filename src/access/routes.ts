import type { Router } from "../platform/http/router.ts";
import { registerAccessApi } from "./api/routes.ts";
import { registerArticleTexts } from "./article-texts/routes.tsx";
import { registerDisclosureLog } from "./disclosure/routes.tsx";
import { registerDocumentDecision } from "./documents/routes.tsx";
import { registerRequestPages } from "./request-file/routes.tsx";
import { registerPublicAccess, registerRequestRegister } from "./requests/routes.tsx";
import { registerAccessStatistics } from "./statistics/routes.tsx";

/** Access to information: public intake and disclosure log, then the officers' register. */
export function registerAccess(router: Router): void {
  registerPublicAccess(router);
  registerAccessApi(router);
  registerDisclosureLog(router);
  registerAccessStatistics(router);
  registerArticleTexts(router);
  // The register's fixed paths (/nouvelle) before the per-request ones (/:reference).
  registerRequestRegister(router);
  registerDocumentDecision(router);
  registerRequestPages(router);
}
