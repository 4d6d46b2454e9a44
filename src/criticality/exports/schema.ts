import { z } from "@hono/zod-openapi";
import { assessmentsQuery } from "../web-kit/schema.ts";

const exportFormat = z
  .string()
  .default("csv")
  .openapi({
    description:
      "Format du fichier : csv (UTF-8 avec BOM) ou xlsx ; tout autre format répond 400 / File format: csv (UTF-8 with BOM) or xlsx; any other answers 400",
    enum: ["csv", "xlsx"],
    example: "xlsx",
  });

export const exportQuery = z.object({ format: exportFormat });
export const assessmentsExportQuery = assessmentsQuery.extend({ format: exportFormat });
