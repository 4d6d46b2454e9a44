import { z } from "@hono/zod-openapi";
import { VIEW_CODE_LIST } from "./assessment.ts";

/** The assessments API's query, also that of their export. */
export const assessmentsQuery = z.object({
  method: z
    .enum(["eu"])
    .default("eu")
    .openapi({ description: "Méthode : UE (JRC 2017) / Method: EU (JRC 2017)" }),
  party: z.enum(VIEW_CODE_LIST).default("fr").openapi({
    description:
      "Point de vue : fr = France–UE, qc = Québec–Canada, global = mondial / Point of view",
  }),
});
