import { describe, expect, it } from "vitest";
import type { FigureRow } from "./figure-types.ts";
import { compareRows } from "./figures.ts";
import { EMPTY_CONTENT } from "./model.ts";
import { contentDiff } from "./version-diff.ts";

const row = (key: string, value: number | null, critical?: boolean | null): FigureRow => ({
  key,
  label: { fr: key, en: key },
  value,
  unit: "index",
  ...(critical === undefined ? {} : { critical }),
});

describe("compareRows", () => {
  it("pairs frozen and current rows by key, with the difference and a change of class", () => {
    const out = compareRows(
      [row("sr", 1.9, true), row("extraction.sr", 0.8), row("gone", 2)],
      [row("sr", 0.9, false), row("extraction.sr", 0.8), row("new", 3)],
    );
    expect(out.map((r) => [r.key, r.frozen, r.current, r.criticalChanged])).toEqual([
      ["sr", 1.9, 0.9, true],
      ["extraction.sr", 0.8, 0.8, false],
      ["gone", 2, null, false],
      ["new", null, 3, false],
    ]);
    expect(out[0]?.difference).toBeCloseTo(-1);
    expect(out[2]?.difference).toBeNull();
  });
});

describe("contentDiff", () => {
  it("lists only the fields that changed, lists compared as text", () => {
    const a = { ...EMPTY_CONTENT, titleFr: "Le cobalt", materials: ["cobalt"] };
    const b = { ...a, titleFr: "Le cobalt congolais", materials: ["cobalt", "nickel"] };
    const diffs = contentDiff(a, b, "fr");
    expect(diffs.map((d) => d.field)).toEqual(["titleFr", "materials"]);
    expect(diffs[1]?.segments).toEqual([
      { op: "same", text: "cobalt" },
      { op: "added", text: ", nickel" },
    ]);
  });
});
