import { onFirstImport } from "./first-use.ts";

/**
 * MuPDF (PDF reading, redaction, page images): 10 MB of WebAssembly compiled as it loads,
 * needed only by the pages that handle a PDF. Every caller awaits this one loader.
 */
export const loadMupdf = onFirstImport(() => import("mupdf"));

export type Mupdf = Awaited<ReturnType<typeof loadMupdf>>;
