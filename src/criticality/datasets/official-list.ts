import { fail } from "../../platform/errors/app-error.ts";
import { nameKey } from "../reference/names.ts";
import { type CsvRecord, columnKey, readCsv } from "./csv.ts";
import { type Importer, type ParseContext, type Parsed, yearInName } from "./importer.ts";
import type { Issue } from "./issues.ts";

export type ListMember = {
  line: number;
  materialId: string;
  name: string;
  category: string | null;
  strategic: boolean | null;
};
export type OfficialList = {
  id: string;
  jurisdiction: string;
  edition: number;
  members: ListMember[];
};

type Item = { line: number; names: string[]; category: string | null; strategic: boolean | null };
type Format = {
  jurisdiction: string;
  items: (records: CsvRecord[]) => Item[];
  id?: (name: string) => string | undefined;
};

const LIST_ID = /^([a-z]{2})-(\d{4})(-[a-z0-9-]+)?$/;
const flagColumn = (header: string[]) => header.find((h) => /^iscriticalmineral\d{4}$/.test(h));

/** The formats of the bundled lists, recognised by their header. */
function formatOf(header: string[], fileName: string): Format | undefined {
  const has = (c: string) => header.includes(columnKey(c));
  const year = yearInName(fileName);
  if (has("nom_fr") && has("categorie")) {
    return {
      jurisdiction: "qc",
      id: () => (year ? `qc-${year}` : undefined),
      items: (rs) =>
        rs.map((r) => {
          const category = r.get("categorie").trim();
          return {
            line: r.line,
            names: [r.get("name_en"), r.get("nom_fr")],
            category,
            strategic: /strat/i.test(category),
          };
        }),
    };
  }
  if (has("name_en") && has("basis")) {
    return {
      jurisdiction: "eu",
      id: (name) =>
        year ? `eu-${year}${/annex[_-]?ii\b/i.test(name) ? "-annex-ii" : ""}` : undefined,
      // "strategic" says why copper and nickel are listed; for the others the file is silent.
      items: (rs) =>
        rs.map((r) => {
          const basis = r.get("basis").trim();
          return {
            line: r.line,
            names: [r.get("name_en")],
            category: basis || null,
            strategic: basis === "strategic" ? true : null,
          };
        }),
    };
  }
  if (has("Critical Mineral")) {
    return {
      jurisdiction: "us",
      items: (rs) =>
        rs.map((r) => ({
          line: r.line,
          names: [r.get("Critical Mineral")],
          category: null,
          strategic: null,
        })),
    };
  }
  const flag = flagColumn(header);
  if (flag && has("Commodity")) {
    // USGS Commodities Data: the materials flagged "Yes", each label once.
    return {
      jurisdiction: "us",
      id: () => `us-${flag.slice(-4)}`,
      items: (rs) => {
        const labels = new Map<string, Item>();
        for (const r of rs) {
          const label = r.get("Commodity").trim();
          if (/^yes$/i.test(r.get(flag).trim()) && !labels.has(nameKey(label))) {
            labels.set(nameKey(label), {
              line: r.line,
              names: [label],
              category: null,
              strategic: null,
            });
          }
        }
        return [...labels.values()];
      },
    };
  }
  return undefined;
}

/**
 * An official list of critical (and strategic) minerals. Its id is the dataset's vintage
 * ("qc-2020", "eu-2024-annex-ii", "us-2022", "us-2025"): given with --vintage, or read from the
 * file's name or header where they carry the year.
 */
export function parseOfficialList(text: string, ctx: ParseContext): Parsed<OfficialList> {
  const { header, records } = readCsv(text, ctx.fileName, []);
  const format = formatOf(header, ctx.fileName);
  if (!format) {
    throw fail("dataset_malformed", {
      file: ctx.fileName,
      reason:
        "nom_fr+categorie | name_en+basis | Critical Mineral | Commodity+Is critical mineral YYYY",
    });
  }
  const vintage = ctx.vintage ?? format.id?.(ctx.fileName);
  const m = LIST_ID.exec(vintage ?? "");
  if (vintage && !m)
    throw fail("dataset_vintage_invalid", { vintage, example: "qc-2020, us-2025" });
  const items = format.items(records);
  const issues: Issue[] = [];
  const members: ListMember[] = [];
  for (const item of items) {
    const name = item.names.map((n) => n.trim()).find((n) => n !== "") ?? "";
    const materialId = item.names.map((n) => ctx.ref.material(n)).find((id) => id !== undefined);
    if (!materialId) {
      issues.push({ line: item.line, reason: "unknown_material", action: "skipped", detail: name });
    } else if (members.some((x) => x.materialId === materialId)) {
      issues.push({
        line: item.line,
        reason: "duplicate",
        action: "skipped",
        detail: `${name} → ${materialId}`,
      });
    } else {
      members.push({
        line: item.line,
        materialId,
        name,
        category: item.category,
        strategic: item.strategic,
      });
    }
  }
  const list = {
    id: vintage ?? "",
    jurisdiction: m?.[1] ?? format.jurisdiction,
    edition: Number(m?.[2] ?? 0),
    members,
  };
  return { vintage, rowsRead: items.length, rows: list, issues };
}

export const officialListImporter: Importer<OfficialList> = {
  kind: "official-list",
  parse: parseOfficialList,
  tables: (list) => [
    {
      table: "official_lists",
      counted: false,
      columns: ["id", "jurisdiction", "edition"],
      rows: [[list.id, list.jurisdiction, list.edition]],
    },
    {
      table: "official_list_members",
      withDatasetId: false,
      columns: ["list_id", "material_id", "name_in_source", "category", "strategic", "source_line"],
      rows: list.members.map((x) => [
        list.id,
        x.materialId,
        x.name,
        x.category,
        x.strategic,
        x.line,
      ]),
    },
  ],
};
