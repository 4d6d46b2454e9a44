import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import type { RedactionArea } from "./area.ts";
import { extractText, findText, pdfInfo } from "./pdf-info.ts";
import { redactPdf } from "./redact.ts";
import { renderPagePng } from "./render-page.ts";
import { buildPdf } from "./test-pdfs.ts";

const NAME_LINE = "Objet : demande de M. Jean Tremblay, courriel jean.tremblay@example.qc.ca.";
const KEPT_LINE = "Le ministère a reçu la demande le 3 mars 2024.";
// The picture spans 72–272 × 192–342 in page space (PDF y 500–650 on an 842-point page).
const PICTURE = { x: 72, y: 500, width: 200, height: 150 };
const PICTURE_AREA: RedactionArea = {
  page: 1,
  x: 100,
  y: 250,
  width: 80,
  height: 60,
  label: "art. 54",
};

const source = buildPdf(
  [
    {
      lines: [
        { x: 72, y: 760, text: NAME_LINE },
        { x: 72, y: 740, text: KEPT_LINE },
      ],
      image: PICTURE,
    },
    { lines: [{ x: 72, y: 700, text: "Copie à TREMBLAY, Jean." }], rotate: 90 },
  ],
  (doc) => {
    doc.setMetaData("info:Title", "Dossier Jean Tremblay");
    const page = doc.loadPage(0);
    const note = page.createAnnotation("Text");
    note.setRect([500, 700, 520, 720]);
    note.setContents("Rappeler Jean Tremblay");
    note.update();
    const [hit] = page.search("Jean Tremblay", "")[0] ?? [];
    if (hit)
      page.createLink([hit[0], hit[1], hit[6], hit[7]], "mailto:jean.tremblay@example.qc.ca");
  },
);

const nameAreas = async (): Promise<RedactionArea[]> =>
  (await findText(source, "tremblay")).map((hit) => ({ ...hit, label: "art. 53" }));

/** The whole file with every stream decompressed, as a reader hunting for leftovers sees it. */
function rawFile(bytes: Uint8Array): string {
  const doc = new mupdf.PDFDocument(bytes);
  const raw = doc.saveToBuffer("decompress").asUint8Array().slice();
  doc.destroy();
  return new TextDecoder("latin1").decode(raw).toLowerCase();
}

/** Whether a word appears as a literal string or as a hex string anywhere in the file. */
function leaks(raw: string, word: string): boolean {
  const hex = [...word.toLowerCase()].map((c) => c.charCodeAt(0).toString(16)).join("");
  return raw.includes(word.toLowerCase()) || raw.includes(hex);
}

async function errorOf(run: () => Promise<unknown>): Promise<AppError | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
}

function pixelAt(png: Uint8Array, x: number, y: number): number[] {
  const pixmap = new mupdf.Image(png).toPixmap();
  const n = pixmap.getNumberOfComponents();
  const at = y * pixmap.getStride() + x * n;
  return [...pixmap.getPixels().subarray(at, at + 3)];
}

const redacted = await redactPdf(source, [...(await nameAreas()), PICTURE_AREA]);
const text = await extractText(redacted);

describe("redactPdf", () => {
  it("starts from a source that does contain the name everywhere", async () => {
    const raw = rawFile(source);
    expect(leaks(raw, "Tremblay")).toBe(true);
    expect(raw).toContain("dossier jean tremblay");
    expect(raw).toContain("rappeler jean tremblay");
    expect((await nameAreas()).map((a) => a.page)).toEqual([1, 1, 2]);
  });

  it("removes the name from the text, keeps the rest and shows the article", async () => {
    expect(text.join("\n")).not.toMatch(/tremblay/i);
    expect(text[0]).toContain("Le ministère a reçu la demande le 3 mars 2024.");
    expect(text[0]).toContain("courriel jean.");
    expect(text[0]).toContain("@example.qc.ca");
    expect(text[0]?.match(/art\. 53/g)).toHaveLength(2);
    expect(text[0]).toContain("art. 54");
    expect(text[1]).toContain("art. 53");
    expect((await pdfInfo(redacted)).pageCount).toBe(2);
  });

  it("leaves no copy of the name anywhere in the file: streams, metadata, notes, links", async () => {
    const raw = rawFile(redacted);
    expect(leaks(raw, "Tremblay")).toBe(false);
    expect(await findText(redacted, "tremblay")).toEqual([]);
    const doc = new mupdf.PDFDocument(redacted);
    expect(doc.getMetaData("info:Title")).toBeUndefined();
    expect(doc.loadPage(0).getLinks()).toEqual([]);
    expect(doc.loadPage(0).getAnnotations()).toEqual([]);
    doc.destroy();
  });

  it("blanks the picture's pixels under the area and keeps the others", () => {
    const doc = new mupdf.PDFDocument(redacted);
    const xobjects = doc.loadPage(0).getObject().get("Resources").get("XObject");
    const images: mupdf.Pixmap[] = [];
    xobjects.forEach((ref) => {
      if (ref.get("Subtype").asName() === "Image") images.push(doc.loadImage(ref).toPixmap());
    });
    expect(images).toHaveLength(1);
    const image = images[0] as mupdf.Pixmap;
    const rgb = (x: number, y: number) => {
      const at = y * image.getStride() + x * image.getNumberOfComponents();
      return [...image.getPixels().subarray(at, at + 3)];
    };
    // 40 × 40 pixels over 200 × 150 points: the area's centre (140, 280) is pixel (13, 23).
    expect(rgb(13, 23)).not.toEqual([255, 0, 0]);
    expect(rgb(1, 1)).toEqual([255, 0, 0]);
    doc.destroy();
  });

  it("draws a dark box over the area, seen in the rendered page", async () => {
    const png = await renderPagePng(redacted, 1, 72);
    const [r, g, b] = pixelAt(png, PICTURE_AREA.x + 3, PICTURE_AREA.y + 3);
    expect(Math.max(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(40);
    expect(pixelAt(png, 400, 600)).toEqual([255, 255, 255]);
  });

  it("refuses an area off its page or on a page that does not exist", async () => {
    const base = { x: 10, y: 10, width: 50, height: 20, label: "art. 53" };
    const off = await errorOf(() => redactPdf(source, [{ ...base, page: 1, x: 570 }]));
    expect(off?.id).toBe("redaction_area_invalid");
    expect(off?.messageIn("fr")).toContain("page 1");
    expect((await errorOf(() => redactPdf(source, [{ ...base, page: 3 }])))?.id).toBe(
      "redaction_area_invalid",
    );
    expect((await errorOf(() => redactPdf(source, [{ ...base, page: 1, height: 0 }])))?.id).toBe(
      "redaction_area_invalid",
    );
    // Page 2 is shown landscape (842 wide): x 700 is on it, though beyond an A4 portrait width.
    expect(await errorOf(() => redactPdf(source, [{ ...base, page: 2, x: 700 }]))).toBeUndefined();
  });

  it("refuses bytes that are not a PDF", async () => {
    expect((await errorOf(() => redactPdf(new Uint8Array([1, 2, 3]), [])))?.id).toBe("not_a_pdf");
  });
});
