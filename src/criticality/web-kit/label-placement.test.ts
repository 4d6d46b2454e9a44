import { describe, expect, it } from "vitest";
import {
  type Anchor,
  areasOf,
  type Box,
  candidateBox,
  type LabelRequest,
  overlaps,
  type PlacementInput,
  placeLabels,
  pointBox,
} from "./label-placement.ts";

const bounds: Box = { left: 0, top: 0, width: 600, height: 400 };

/** Every placed label: inside the bounds, clear of obstacles, points and the other labels. */
function expectClean(input: PlacementInput, placed: ReturnType<typeof placeLabels>) {
  placed.forEach((c, i) => {
    if (!c) return;
    const b = c.box;
    expect(b.left >= 0 && b.top >= 0 && b.left + b.width <= 600 && b.top + b.height <= 400).toBe(
      true,
    );
    const own = input.labels[i]?.point;
    for (const area of areasOf(c)) {
      for (const o of input.obstacles) expect(overlaps(area, o)).toBe(false);
      input.points.forEach((p, j) => {
        if (j === own && area !== b) return;
        expect(overlaps(area, pointBox(p)), `label ${i} on point ${j}`).toBe(false);
      });
      placed.forEach((d, j) => {
        if (j === i || !d) return;
        for (const theirs of areasOf(d)) expect(overlaps(area, theirs), `${i}/${j}`).toBe(false);
      });
    }
  });
}

describe("placeLabels", () => {
  it("puts a lone label to the right of its point", () => {
    const [p] = placeLabels({
      bounds,
      points: [{ x: 100, y: 100, radius: 5 }],
      labels: [{ point: 0, width: 40, height: 14, required: true }],
      obstacles: [],
    });
    expect(p).toMatchObject({ position: "right", box: { left: 108, top: 93 }, leader: null });
  });

  it("moves a label off a threshold line through its point, and off the edge", () => {
    const line: Box = { left: 0, top: 199, width: 600, height: 2 };
    const [onLine, atEdge] = placeLabels({
      bounds,
      points: [
        { x: 300, y: 200, radius: 5 },
        { x: 590, y: 50, radius: 5 },
      ],
      labels: [
        { point: 0, width: 60, height: 14, required: true },
        { point: 1, width: 60, height: 14, required: true },
      ],
      obstacles: [line],
    });
    expect(onLine?.position).toBe("top");
    expect(overlaps(onLine?.box as Box, line)).toBe(false);
    expect(atEdge?.position).toBe("left");
  });

  it("lays out a dense cluster without any overlap, required labels first", () => {
    // A 6 × 6 grid of points 14 px apart, with labels far wider than the gaps between them.
    const points: Anchor[] = [];
    for (let r = 0; r < 6; r++)
      for (let c = 0; c < 6; c++) points.push({ x: 250 + c * 14, y: 150 + r * 14, radius: 4 });
    const labels: LabelRequest[] = points.map((_, i) => ({
      point: i,
      width: 40 + (i % 5) * 9,
      height: 13,
      required: i % 2 === 0,
    }));
    const input: PlacementInput = {
      bounds,
      points,
      labels,
      obstacles: [{ left: 249, top: 0, width: 2, height: 400 }],
    };
    const placed = placeLabels(input);
    expectClean(input, placed);
    const required = placed.filter((p, i) => labels[i]?.required && p);
    const optional = placed.filter((p, i) => !labels[i]?.required && p);
    // The cluster's edge has room; its heart does not: some labels must go.
    expect(required.length).toBeGreaterThan(4);
    expect(placed.some((p) => p === null)).toBe(true);
    // A required label set farther out keeps a leader to its point.
    expect(required.some((p) => p?.leader)).toBe(true);
    // Optional labels never take a leader.
    expect(optional.every((p) => p?.leader === null)).toBe(true);
    // Deterministic: the same input, the same layout.
    expect(placeLabels(input)).toEqual(placed);
  });

  it("gives required labels the room before optional ones", () => {
    // Two points side by side: only one label fits on the right of the pair's left point.
    const points: Anchor[] = [
      { x: 100, y: 100, radius: 4 },
      { x: 100, y: 110, radius: 4 },
    ];
    const box = (i: number) => candidateBox(points[i] as Anchor, 50, 13, "right", 3);
    expect(overlaps(box(0), box(1))).toBe(true);
    const placed = placeLabels({
      bounds: { left: 0, top: 90, width: 600, height: 36 },
      points,
      labels: [
        { point: 0, width: 50, height: 13, required: false },
        { point: 1, width: 50, height: 13, required: true },
      ],
      obstacles: [],
    });
    expect(placed[1]?.position).toBe("right");
    expect(placed[0]).not.toBeNull();
    expect(overlaps(placed[0]?.box as Box, placed[1]?.box as Box)).toBe(false);
  });
});
