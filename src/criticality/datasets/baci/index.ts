// The BACI importer's public face, for the command line and the pages.
export type { ImportSource } from "./aggregate.ts";
export {
  BACI_HEADER,
  type BaciFileInfo,
  BaciFormatError,
  baciFileInfo,
  describeMalformed,
  type MalformedLine,
} from "./format.ts";
export type { HsMaterialMap } from "./hs-map.ts";
export {
  type BaciImportOptions,
  type BaciImportReport,
  type ImportProgress,
  importBaciFile,
} from "./import.ts";
export { type BaciParseReport, type BaciParseResult, parseBaciStream } from "./parse.ts";
