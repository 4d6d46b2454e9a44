import { describe, expect, it } from "vitest";
import { STAGES, stageFromText } from "./stages.ts";

describe("stages", () => {
  it("lists the value chain in order, French first", () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      "exploration",
      "extraction",
      "processing",
      "smelting",
      "manufacturing",
      "recycling",
    ]);
    expect(STAGES.find((s) => s.id === "processing")?.fr).toBe("transformation (raffinage)");
  });

  it.each([
    ["Mine production", "extraction"],
    ["Bauxite, mine production", "extraction"],
    ["Alumina, refinery production", "processing"],
    ["Smelter capacity", "smelting"],
    ["Plant production, lime", "processing"],
    ["Titanium sponge metal production", "processing"],
    ["World Smelter Production and Capacity", "smelting"],
    ["Production", undefined],
  ])("reads %s as %s", (text, stage) => {
    expect(stageFromText(text)).toBe(stage);
  });
});
