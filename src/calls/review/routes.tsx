import type { Router } from "../../platform/http/router.ts";
import { registerReviewApi } from "./api-routes.ts";
import { registerReviewerRoutes } from "./reviewers-routes.tsx";
import { registerScoringRoutes } from "./scoring-routes.tsx";
import { registerScreeningRoutes } from "./screening-routes.tsx";

/** Screening, reviewers, conflict of interest, scores and ranking of a call's applications. */
export function registerReview(router: Router): void {
  registerScreeningRoutes(router); // dashboard, screening, corrections, assigning reviewers
  registerReviewerRoutes(router); // reviewers' profiles
  registerScoringRoutes(router); // the reviewer's own assignments and scores
  registerReviewApi(router);
}
