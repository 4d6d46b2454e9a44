import { z } from "@hono/zod-openapi";
import { formFile, formText } from "../../platform/web/form-action.ts";
import { PARTNER_ROLES, PROJECT_STATUSES } from "../projects/labels.ts";
import { EXAMPLE } from "../shared/demo-ids.ts";

const TODAY = "Aujourd’hui si absente / Today when absent";

/** Dates and titles are checked by the commands, so that the errors match the project page. */
export const statusBody = z
  .object({
    // The demo's P-2024-001 is in progress: its next step.
    to: z.enum(PROJECT_STATUSES).openapi({ example: "completed" }),
    onDate: z.string().optional().openapi({ example: "2025-06-30", description: TODAY }),
    note: z.string().max(1000).optional(),
  })
  .openapi("ProjectStatusChange");

const partnerFields = {
  organisationId: z.string().max(100).openapi({
    description: "Identifiant de l’organisation / The organisation's id",
    example: EXAMPLE.newPartner,
  }),
  role: z.enum(PARTNER_ROLES).openapi({ example: "partner" }),
};

export const partnerBody = z.object(partnerFields).openapi("ProjectPartner");

/** The same fields; its example is a partner the demo project already has. */
export const partnerRemovalBody = z
  .object({
    ...partnerFields,
    organisationId: partnerFields.organisationId.openapi({ example: EXAMPLE.partner }),
  })
  .openapi("ProjectPartnerRemoval");

export const milestoneBody = z
  .object({
    titleFr: z.string().openapi({ example: "Rapport de levé" }),
    titleEn: z.string().openapi({ example: "Survey report" }),
    dueOn: z.string().openapi({ example: "2024-12-31" }),
  })
  .openapi("MilestoneInput");

export const milestoneParam = z.object({
  code: z.string().openapi({ param: { name: "code", in: "path" }, example: EXAMPLE.project }),
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" }, example: EXAMPLE.openMilestone }),
});

export const milestoneDoneBody = z
  .object({ doneOn: z.string().optional().openapi({ example: "2025-06-27", description: TODAY }) })
  .openapi("MilestoneDone");

/** A missing file is the command's error too, so that it is reported with a missing title. */
export const documentForm = z
  .object({
    title: z.string().openapi({ example: "Carte géologique" }),
    document: z
      .unknown()
      .optional()
      .openapi({ type: "string", format: "binary", description: "10 Mo au plus / 10 MB at most" }),
  })
  .openapi("DocumentUpload", { required: ["title", "document"] });

export const documentParam = z.object({
  code: milestoneParam.shape.code,
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

// The forms of the project page send text only; the commands check the values, the same
// checks for the forms and the API.

export const statusForm = z.object({ to: formText(), onDate: formText(), note: formText() });

export const partnerForm = z.object({ organisationId: formText(), role: formText() });

export const milestoneForm = z.object({
  milestoneTitleFr: formText(),
  milestoneTitleEn: formText(),
  dueOn: formText(),
});

export const milestoneDoneForm = z.object({ doneOn: formText() });

export const documentPageForm = z.object({ title: formText(), document: formFile() });
