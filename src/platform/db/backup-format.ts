import fs from "node:fs";
import readline from "node:readline";
import { type AppError, fail } from "../errors/app-error.ts";
import { type Lang, messages } from "../i18n/i18n.ts";
import type { TableInfo } from "./backup-schema.ts";
import { quoteIdent } from "./sql.ts";

export const FORMAT_VERSION = 1;
export const MARKER = `-- Alliage backup v${FORMAT_VERSION}`;

export type BackupHeader = {
  version: number;
  createdAt: string;
  /** The engine the backup was taken on; informative only, any backup restores on either. */
  database: string;
  migrations: string[];
};

export type TableCount = { table: string; rows: number };
export type BackupSummary = { header: BackupHeader; tables: TableCount[] };

/** Settings the rows are written for; a restore runs them itself, whatever the file says. */
export const PREAMBLE = [
  "SET LOCAL client_encoding = 'UTF8';",
  "SET LOCAL standard_conforming_strings = on;",
  "SET CONSTRAINTS ALL DEFERRED;",
];

export const truncateLine = (tables: TableInfo[]) =>
  `TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(", ")};`;

export function formatHeader(h: BackupHeader): string {
  return `${[
    MARKER,
    `-- created: ${h.createdAt}`,
    `-- database: ${h.database}`,
    `-- migrations: ${h.migrations.join(", ")}`,
    "-- restore: alliage db restore FILE (or psql -v ON_ERROR_STOP=1 -f FILE, same migrations)",
  ].join("\n")}\n`;
}

// The catalogue's backup_invalid message takes one {reason}: the caller's language picks it.
const reasons = messages({
  notBackup: {
    fr: "sa première ligne n’est pas « -- Alliage backup v1 ».",
    en: "its first line is not “-- Alliage backup v1”.",
  },
  version: {
    fr: "son format (v{version}) est plus récent que celui que cette version d’Alliage lit (v1).",
    en: "its format (v{version}) is newer than the one this version of Alliage reads (v1).",
  },
  header: {
    fr: "son en-tête n’indique pas « {field} ».",
    en: "its header lacks “{field}”.",
  },
  line: {
    fr: "la ligne {line} n’a pas la forme attendue.",
    en: "line {line} does not have the expected shape.",
  },
  data: {
    fr: "les données de la ligne {line} sont illisibles ({detail}).",
    en: "the data on line {line} cannot be read ({detail}).",
  },
  incomplete: {
    fr: "le fichier est incomplet : il ne se termine pas par COMMIT;",
    en: "the file is incomplete: it does not end with COMMIT;",
  },
  rejectedLine: {
    fr: "la base a refusé la ligne {line} : {detail}",
    en: "the database rejected line {line}: {detail}",
  },
  rejected: {
    fr: "la base a refusé l’une des lignes {from} à {to} : {detail}",
    en: "the database rejected one of lines {from} to {to}: {detail}",
  },
});

export type Reason = Parameters<typeof reasons>[1];

export const invalidBackup = (
  lang: Lang,
  reason: Reason,
  vars?: Record<string, string | number>,
): AppError => fail("backup_invalid", { reason: reasons(lang, reason, vars) });

/** A backup file read line by line, so that a large one never sits whole in memory. */
export class LineReader {
  private readonly input: fs.ReadStream;
  private readonly rl: readline.Interface;
  private readonly lines: AsyncIterator<string>;
  private pending: string | undefined;
  /** The number of the line last returned, from 1. */
  number = 0;

  constructor(file: string) {
    this.input = fs.createReadStream(file, { encoding: "utf8" });
    this.rl = readline.createInterface({
      input: this.input,
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    if (this.pending !== undefined) {
      const line = this.pending;
      this.pending = undefined;
      return line;
    }
    const { done, value } = await this.lines.next();
    if (done) return undefined;
    this.number += 1;
    return value;
  }

  /** Gives the line back, to be returned again by the next call. */
  unread(line: string): void {
    this.pending = line;
  }

  close(): void {
    this.rl.close();
    // readline leaves its input open; a restore that stops early must not keep the file.
    this.input.destroy();
  }
}

/** Reads the header's comment lines and leaves the reader on the first statement. */
export async function parseHeader(lines: LineReader, lang: Lang): Promise<BackupHeader> {
  const first = (await lines.next())?.replace(/^\uFEFF/, "");
  const marker = first ? /^-- Alliage backup v(\d+)$/.exec(first) : null;
  if (!marker) throw invalidBackup(lang, "notBackup");
  const version = Number(marker[1]);
  if (version !== FORMAT_VERSION) throw invalidBackup(lang, "version", { version });
  const fields = new Map<string, string>();
  for (let line = await lines.next(); line !== undefined; line = await lines.next()) {
    if (!line.startsWith("--")) {
      lines.unread(line);
      break;
    }
    const field = /^-- ([a-z_]+): ?(.*)$/.exec(line);
    if (field) fields.set(field[1] as string, (field[2] as string).trim());
  }
  const need = (name: string) => {
    const value = fields.get(name);
    if (value === undefined) throw invalidBackup(lang, "header", { field: name });
    return value;
  };
  const migrations = need("migrations");
  return {
    version,
    createdAt: need("created"),
    database: need("database"),
    migrations: migrations === "" ? [] : migrations.split(/,\s*/),
  };
}

/** The header alone: enough to check a file before asking whether to restore it. */
export async function readBackupHeader(file: string, lang: Lang = "fr"): Promise<BackupHeader> {
  const lines = new LineReader(file);
  try {
    return await parseHeader(lines, lang);
  } finally {
    lines.close();
  }
}
