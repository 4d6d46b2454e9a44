import type { AreaModule } from "../platform/http/area-module.ts";
import { remindUnsubmittedDrafts } from "./applications/commands.ts";
import { seedCallsDemo } from "./demo/commands.ts";
import { callsRules } from "./policy.ts";
import { remindReviewers } from "./review/assignment-commands.ts";
import { registerCallsArea } from "./routes.ts";

/** Joint calls for projects (lines 2.1 and 4.4): calls, applications, review, decision. */
export const callsModule: AreaModule = {
  name: "calls",
  rules: callsRules,
  routes: registerCallsArea,
  periodic: async (db, { now, publicUrl }) => {
    const links = publicUrl ? { siteUrl: publicUrl } : {};
    await remindUnsubmittedDrafts(db, now, links);
    await remindReviewers(db, now, links);
  },
  demo: (db) => seedCallsDemo(db),
};
