import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { assertPdf } from "./open-pdf.ts";
import { buildPdf } from "./test-pdfs.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function errorId(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error.id;
    throw error;
  }
  return undefined;
}

describe("assertPdf", () => {
  const pdf = buildPdf([{ lines: [{ x: 72, y: 760, text: "Bonjour" }] }]);

  it("accepts a PDF with a page", async () => {
    expect(await errorId(() => assertPdf(pdf))).toBeUndefined();
  });

  it("refuses what is not a PDF with not_a_pdf, localised", async () => {
    const png = new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13, 73, 72, 68, 82]);
    expect(await errorId(() => assertPdf(png))).toBe("not_a_pdf");
    expect(await errorId(() => assertPdf(new Uint8Array()))).toBe("not_a_pdf");
    expect(await errorId(() => assertPdf(new TextEncoder().encode("%PDF-1.7\n")))).toBe(
      "not_a_pdf",
    );
    const error = await assertPdf(png).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    expect(error?.messageIn("fr")).toBe("Le fichier n’est pas un PDF lisible.");
    expect(error?.messageIn("en")).toBe("The file is not a readable PDF.");
  });

  it("refuses a PDF cut before its first page", async () => {
    const header = new TextDecoder().decode(pdf.subarray(0, 20));
    expect(header.startsWith("%PDF-")).toBe(true);
    expect(await errorId(() => assertPdf(pdf.subarray(0, 40)))).toBe("not_a_pdf");
  });

  it("refuses a password-protected PDF with pdf_encrypted", async () => {
    const doc = new mupdf.PDFDocument(pdf);
    const locked = doc
      .saveToBuffer("encrypt=aes-256,user-password=secret,owner-password=secret")
      .asUint8Array()
      .slice();
    doc.destroy();
    expect(await errorId(() => assertPdf(locked))).toBe("pdf_encrypted");
  });
});
