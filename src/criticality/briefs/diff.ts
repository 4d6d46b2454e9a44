/**
 * A readable difference between two texts, word by word: what a reviewer needs to see between
 * two versions of a brief. Longest common subsequence on tokens (words, runs of whitespace,
 * single punctuation marks), after the common start and end are set aside.
 */
export type DiffSegment = { op: "same" | "added" | "removed"; text: string };

// Past this many cells the table would cost more than the reader gains: the middle is then
// shown as removed and added whole, which is still correct.
const MAX_CELLS = 4_000_000;

/**
 * Words, whitespace and punctuation as separate tokens, so that a comma or a word added at the
 * end shows as just that; joining the tokens gives the text back.
 */
export const tokens = (text: string): string[] =>
  text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];

export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const middle = lcsSegments(a.slice(start, a.length - end), b.slice(start, b.length - end));
  return merge([
    { op: "same", text: a.slice(0, start).join("") },
    ...middle,
    { op: "same", text: a.slice(a.length - end).join("") },
  ]);
}

function lcsSegments(a: string[], b: string[]): DiffSegment[] {
  if (a.length * b.length > MAX_CELLS)
    return [
      { op: "removed", text: a.join("") },
      { op: "added", text: b.join("") },
    ];
  const width = b.length + 1;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i++] as string });
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
      out.push({ op: "removed", text: a[i++] as string });
    else out.push({ op: "added", text: b[j++] as string });
  }
  while (i < a.length) out.push({ op: "removed", text: a[i++] as string });
  while (j < b.length) out.push({ op: "added", text: b[j++] as string });
  return out;
}

/** Joins neighbours of the same kind and drops empty segments. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    if (s.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
