import type { CompiledHsMap } from "./hs-map.ts";

/**
 * Imports of one importer from one exporter, for one material and year. Amounts are kept in
 * integer units (USD and kg): BACI publishes kUSD and tonnes with three decimals, so the sums
 * are exact, and do not depend on the order of the rows.
 */
export type ImportSource = {
  year: number;
  /** BACI country codes: ISO 3166 numeric except a few (France 251, USA 842, India 699). */
  importer: number;
  exporter: number;
  material: string;
  valueUsd: number;
  /** Null when no row of the group gave a quantity. */
  quantityKg: number | null;
  rows: number;
  rowsWithoutQuantity: number;
};

type Slot = {
  key: number;
  material: number;
  valueUsd: number;
  quantityKg: number;
  rows: number;
  rowsWithoutQuantity: number;
};

// Country codes have three digits (checked by the scanner), so one safe integer holds a key:
// year < 10^4, material < 65 535, importer and exporter < 10^3 stay below 2^53.
const keyOf = (year: number, material: number, importer: number, exporter: number) =>
  ((year * 65_536 + material) * 1_000 + importer) * 1_000 + exporter;

/** Memory grows with the number of distinct keys only, never with the number of rows. */
export class ImportSourceTable {
  private readonly slots = new Map<number, Slot>();

  constructor(private readonly map: CompiledHsMap) {}

  get size(): number {
    return this.slots.size;
  }

  /** `quantityKg` is negative when the row gave none. */
  add(
    year: number,
    exporter: number,
    importer: number,
    group: number,
    valueUsd: number,
    quantityKg: number,
  ) {
    for (const material of this.map.groups[group] ?? []) {
      const key = keyOf(year, material, importer, exporter);
      let slot = this.slots.get(key);
      if (!slot) {
        slot = { key, material, valueUsd: 0, quantityKg: -1, rows: 0, rowsWithoutQuantity: 0 };
        this.slots.set(key, slot);
      }
      slot.valueUsd += valueUsd;
      slot.rows++;
      if (quantityKg < 0) slot.rowsWithoutQuantity++;
      else slot.quantityKg = slot.quantityKg < 0 ? quantityKg : slot.quantityKg + quantityKg;
    }
  }

  /** Sorted by year, material (in the map’s order), importer, exporter: a stable output. */
  toList(): ImportSource[] {
    return [...this.slots.values()]
      .sort((a, b) => a.key - b.key)
      .map((s) => {
        const exporter = s.key % 1_000;
        const importer = Math.floor(s.key / 1_000) % 1_000;
        const year = Math.floor(s.key / 1_000_000 / 65_536);
        return {
          year,
          importer,
          exporter,
          material: this.map.materials[s.material] ?? "",
          valueUsd: s.valueUsd,
          quantityKg: s.quantityKg < 0 ? null : s.quantityKg,
          rows: s.rows,
          rowsWithoutQuantity: s.rowsWithoutQuantity,
        };
      });
  }
}
