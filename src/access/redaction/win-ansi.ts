/** The characters Windows-1252 puts in 0x80–0x9F, where Latin-1 has control codes. */
const HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const SPACES = /[\u00a0\u202f\u2009]/g;

/**
 * Encodes text for a simple font with WinAnsiEncoding (what MuPDF's "Latin" simple font uses):
 * no-break spaces become spaces, characters the encoding lacks become « ? ». Each character
 * comes with its code so that the caller can measure what is actually drawn.
 */
export function winAnsiEncode(text: string): { char: string; code: number }[] {
  return [...text.replace(SPACES, " ")].map((char) => {
    const point = char.codePointAt(0) ?? 0;
    if ((point >= 0x20 && point < 0x7f) || (point >= 0xa1 && point <= 0xff)) {
      return { char, code: point };
    }
    const high = HIGH[char];
    return high === undefined ? { char: "?", code: 0x3f } : { char, code: high };
  });
}
