import type { AreaModule } from "../platform/http/area-module.ts";
import { declarationRules } from "./policy.ts";
import { registerDeclaration } from "./routes.tsx";
import { seedDeclaration } from "./seed.ts";

/** The declaration of intent of 22 November 2023: its text, priorities and lines of action. */
export const declarationModule: AreaModule = {
  name: "declaration",
  rules: declarationRules,
  routes: registerDeclaration,
  seed: (db) => seedDeclaration(db),
};
