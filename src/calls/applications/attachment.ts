import { createHash } from "node:crypto";
import type * as mupdf from "mupdf";
import { fail } from "../../platform/errors/app-error.ts";
import { loadMupdf, type Mupdf } from "../../platform/mupdf.ts";
import { MAX_ATTACHMENT_BYTES } from "./schema.ts";

export type CheckedFile = {
  fileName: string;
  size: number;
  sha256: string;
  content: Uint8Array;
};

/** A file name as stored and shown: its last path segment, printable, 200 characters at most. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join("")
    .trim()
    .slice(0, 200);
  return clean || "document.pdf";
}

export const sha256Hex = (bytes: Uint8Array | string) =>
  createHash("sha256").update(bytes).digest("hex");

/**
 * An attachment is a PDF by its content, never by its name: the `%PDF-` signature at the start,
 * then MuPDF must open it and lay out its first page. Encrypted files are refused too: the
 * reviewers could not read them.
 */
export async function checkAttachment(file: File): Promise<CheckedFile> {
  const fileName = cleanName(file.name);
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw fail("application_attachment_too_large", {
      file: fileName,
      max: MAX_ATTACHMENT_BYTES / 1024 / 1024,
    });
  }
  const content = new Uint8Array(await file.arrayBuffer());
  if (!readablePdf(await loadMupdf(), content))
    throw fail("application_attachment_not_pdf", { file: fileName });
  return { fileName, size: content.length, sha256: sha256Hex(content), content };
}

function readablePdf(lib: Mupdf, bytes: Uint8Array): boolean {
  if (new TextDecoder("latin1").decode(bytes.subarray(0, 5)) !== "%PDF-") return false;
  let doc: mupdf.PDFDocument | undefined;
  try {
    doc = new lib.PDFDocument(bytes);
    if (doc.needsPassword() || doc.countPages() < 1) return false;
    doc.loadPage(0).getBounds();
    return true;
  } catch {
    return false;
  } finally {
    doc?.destroy();
  }
}
