/**
 * The letter markup a filled template is written in: a small part of Markdown that maps onto
 * both PDF and DOCX. Blank line = new paragraph (each extra blank line = extra space), single
 * line breaks are kept (addresses, signature), `# ` / `## ` headings, `- ` lists, `> ` quotes,
 * `| a | b |` tables (first row = header), `**bold**`, `\` before a character keeps it as text.
 */
export type Run = { text: string; bold: boolean };
export type Line = Run[];
export type Block =
  | { type: "heading"; level: 1 | 2; line: Line }
  | { type: "paragraph"; lines: Line[] }
  | { type: "list"; items: Line[] }
  | { type: "quote"; lines: Line[] }
  | { type: "table"; header: Line[]; rows: Line[][] }
  | { type: "space" };

type Kind = "blank" | "heading" | "list" | "quote" | "table" | "text";

export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  let blankRun = 0;
  while (i < lines.length) {
    const raw = lines[i] as string;
    const kind = kindOf(raw);
    if (kind === "blank") {
      blankRun++;
      if (blankRun > 1 && blocks.length > 0) blocks.push({ type: "space" });
      i++;
      continue;
    }
    blankRun = 0;
    const group: string[] = [];
    // Headings stand alone; other kinds gather their consecutive lines.
    do group.push(lines[i++] as string);
    while (kind !== "heading" && i < lines.length && kindOf(lines[i] as string) === kind);
    blocks.push(toBlock(kind, group));
  }
  return blocks;
}

function kindOf(line: string): Kind {
  if (line.trim() === "") return "blank";
  if (/^#{1,2} /.test(line)) return "heading";
  if (/^- /.test(line)) return "list";
  if (/^> ?/.test(line)) return "quote";
  if (/^\|.*\|\s*$/.test(line)) return "table";
  return "text";
}

function toBlock(kind: Exclude<Kind, "blank">, group: string[]): Block {
  switch (kind) {
    case "heading": {
      const line = group[0] as string;
      return {
        type: "heading",
        level: line.startsWith("## ") ? 2 : 1,
        line: inline(line.replace(/^#+ /, "")),
      };
    }
    case "list":
      return { type: "list", items: group.map((l) => inline(l.slice(2))) };
    case "quote":
      return { type: "quote", lines: group.map((l) => inline(l.replace(/^> ?/, ""))) };
    case "table": {
      const rows = group.filter((l) => !/^\|[\s:|-]+\|\s*$/.test(l)).map(cells);
      return { type: "table", header: rows[0] ?? [], rows: rows.slice(1) };
    }
    default:
      return { type: "paragraph", lines: group.map((l) => inline(l)) };
  }
}

/** The cells of a `| a | b |` row, splitting only on pipes that are not escaped. */
function cells(row: string): Line[] {
  const inner = row.trim().slice(1, -1);
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === "\\" && i + 1 < inner.length) {
      current += c + inner[++i];
    } else if (c === "|") {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => inline(p.trim()));
}

/** Text with **bold** spans; a backslash keeps the next character as plain text. */
export function inline(text: string): Line {
  const runs: Run[] = [];
  let bold = false;
  let current = "";
  const flush = () => {
    if (current) runs.push({ text: current, bold });
    current = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < text.length) current += text[++i];
    else if (c === "*" && text[i + 1] === "*") {
      flush();
      bold = !bold;
      i++;
    } else current += c;
  }
  flush();
  return runs;
}

export const plainText = (line: Line) => line.map((r) => r.text).join("");
