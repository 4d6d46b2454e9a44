import { createHash } from "node:crypto";

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder("windows-1252")
// decodes those bytes as Latin-1 control characters (0x97 → U+0097 instead of "—"), so the
// difference is applied here. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined and kept.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1")
    .decode(bytes)
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * The text of a data file: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (USGS
 * distributes its CSV so: "—" is byte 0x97). A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: "utf-8" | "windows-1252";
} {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
