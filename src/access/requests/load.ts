import type { Context } from "hono";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { findRequest, type RequestRow } from "./queries.ts";
import { REFERENCE_PATTERN } from "./schema.ts";

/** The request of the path's :reference; an unknown or malformed one is a 404 page. */
export async function requestOr404(c: Context<AppEnv>): Promise<RequestRow> {
  const reference = c.req.param("reference") ?? "";
  const r = REFERENCE_PATTERN.test(reference) ? await findRequest(c.var.deps.db, reference) : null;
  if (!r) throw fail("access_request_unknown", { reference });
  return r;
}

export function pdfResponse(
  content: Uint8Array,
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
) {
  return new Response(content as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `${disposition}; filename="${fileName}"`,
    },
  });
}
