/**
 * Briefs on the site and in the API, in the order their paths need: the lists and the draft
 * form's fixed paths (/flux.atom, /travail, /nouvelle) before a brief's own `/:id`. Who may do
 * what: policy.ts and access-rules.ts; the workflow's own rules: commands.ts.
 */
import type { Router } from "../../platform/http/router.ts";
import { registerBriefApi } from "./api-routes.ts";
import { registerBriefRoutes } from "./brief-routes.tsx";
import { registerDraftRoutes } from "./draft-routes.tsx";
import { registerListRoutes } from "./list-routes.tsx";
import { registerWorkflowRoutes } from "./workflow-routes.tsx";

export function registerBriefs(router: Router): void {
  registerListRoutes(router); // public list, Atom feed, workspace
  registerDraftRoutes(router); // new and edit forms, figures
  registerBriefRoutes(router); // the brief, its versions, current data, PDF
  registerWorkflowRoutes(router); // submit, review, approve, reject, publish
  registerBriefApi(router);
}
