import { describe, expect, it } from "vitest";
import { AppError } from "../../../platform/errors/app-error.ts";
import { baciFileInfo } from "./format.ts";
import { compileHsMap } from "./hs-map.ts";

describe("compileHsMap", () => {
  it("merges a code written with and without its leading zero", () => {
    const map = compileHsMap(
      new Map([
        ["081110", ["a"]],
        ["81110", ["b", "a"]],
        ["260400", ["a"]],
      ]),
    );
    expect(map.materials).toEqual(["a", "b"]);
    expect(map.groups[(map.groupOf[81110] as number) - 1]).toEqual([0, 1]);
    expect(map.groups[(map.groupOf[260400] as number) - 1]).toEqual([0]);
    expect(map.groupOf[260401]).toBe(0);
  });

  it("refuses codes that are not HS6 and empty material ids, as validation errors", () => {
    const bads: Record<string, string[]>[] = [
      { "2604000": ["a"] },
      { "26 04 00": ["a"] },
      { "260400": [" "] },
    ];
    for (const bad of bads) {
      const error = (() => {
        try {
          compileHsMap(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields.hsToMaterials?.en).toBeTruthy();
    }
  });
});

describe("baciFileInfo", () => {
  it("reads the nomenclature, year and release from CEPII's file names", () => {
    expect(baciFileInfo("/data/BACI_HS22_Y2022_V202501.csv")).toEqual({
      nomenclature: "HS22",
      year: 2022,
      version: "V202501",
      label: "BACI HS22 V202501",
    });
    expect(baciFileInfo("trade-2022.csv")).toBeNull();
  });
});
