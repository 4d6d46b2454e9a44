import path from "node:path";
import type { Context } from "hono";
import { performerOf } from "../../platform/audit/commands.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { type ImportReport, importDataset } from "../datasets/commands.ts";

/** What the upload form and the API receive; every field as the browser or client sent it. */
export type Upload = { kind: string; vintage: string; file: File | undefined };

export function uploadFrom(body: Record<string, unknown>): Upload {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  return {
    kind: text(body.kind),
    vintage: text(body.vintage),
    file: body.file instanceof File ? body.file : undefined,
  };
}

/**
 * Imports an uploaded file through the same importDataset as `alliage data import`, recorded in
 * the audit journal under the signed-in administrator.
 */
export async function importUpload(c: Context<AppEnv>, upload: Upload): Promise<ImportReport> {
  const { file } = upload;
  // A form submitted without choosing a file still sends an empty, nameless part.
  if (!file || (file.name === "" && file.size === 0)) throw fail("dataset_file_required");
  // Browsers send a bare name, other clients may not: only the last segment is kept.
  const name = path.basename(file.name.replaceAll("\\", "/")) || "upload.csv";
  if (file.size === 0) throw fail("dataset_file_empty", { file: name });
  return importDataset(c.var.deps.db, {
    kind: upload.kind,
    file: { name, bytes: new Uint8Array(await file.arrayBuffer()) },
    vintage: upload.vintage || undefined,
    performer: performerOf(c.var.actor, c.var.requestId),
  });
}
