/**
 * The authorisation rule each brief route declares, shared by the pages and the API so that the
 * same step has the same rule on both. Who may do what: policy.ts.
 */
import { access } from "../../platform/http/access.ts";

export const SUBJECT = "AnalysisBrief";
export const READ = access("read", SUBJECT);
export const REVIEW = access("review", SUBJECT);
export const CREATE = access("create", SUBJECT);
export const UPDATE = access("update", SUBJECT);
export const APPROVE = access("approve", SUBJECT);
export const PUBLISH = access("publish", SUBJECT);
