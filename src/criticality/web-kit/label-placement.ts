/**
 * Where a chart's point labels go: for each label, one of sixteen places around its point (or,
 * for a label that must appear, the same places a little farther out with a leader line), so
 * that no two labels overlap and no label covers a point or crosses an obstacle (a threshold
 * line). Pure and deterministic: the same input always gives the same layout.
 */

/** A rectangle in chart pixels, y downwards as in SVG. */
export type Box = { left: number; top: number; width: number; height: number };

/** A drawn point: its centre and the half-size of its symbol. */
export type Anchor = { x: number; y: number; radius: number };

export type LabelRequest = {
  /** Index of the labelled point in `points`. */
  point: number;
  width: number;
  height: number;
  /** Labels that must appear are placed first; the others take what room is left. */
  required: boolean;
};

export type PlacementInput = {
  /** Labels stay inside (the plotting area). */
  bounds: Box;
  points: readonly Anchor[];
  labels: readonly LabelRequest[];
  /** Boxes no label may touch: threshold lines as thin boxes, other drawn text. */
  obstacles: readonly Box[];
  /** Room between a point's symbol and its label. */
  gap?: number;
};

/**
 * In order of preference: beside the point, then above and below it, each centred on the point
 * or shifted clear of a threshold line running through it, then the four corners.
 */
export const POSITIONS = [
  "right",
  "left",
  "top",
  "bottom",
  "right-up",
  "right-down",
  "left-up",
  "left-down",
  "top-after",
  "top-before",
  "bottom-after",
  "bottom-before",
  "top-right",
  "bottom-right",
  "top-left",
  "bottom-left",
] as const;
export type Position = (typeof POSITIONS)[number];

/** A line from a point to a label set farther out, so that the reader sees which is whose. */
export type Leader = { x1: number; y1: number; x2: number; y2: number };

export type Candidate = { position: Position; far: boolean; box: Box; leader: Leader | null };
export type Placement = Candidate | null;

/** Room between a label shifted off a line through its point and that line. */
const CLEAR = 2;

/** The label's box at one position around its point. */
export function candidateBox(p: Anchor, w: number, h: number, pos: Position, gap: number): Box {
  const d = p.radius + gap;
  const [side, shift] = pos.split("-") as [string, string | undefined];
  const corner =
    side === "top" || side === "bottom" ? shift === "right" || shift === "left" : false;
  let x: number;
  let y: number;
  if (side === "right" || side === "left") {
    x = side === "right" ? p.x + d : p.x - d - w;
    y = shift === "up" ? p.y - CLEAR - h : shift === "down" ? p.y + CLEAR : p.y - h / 2;
  } else {
    y = side === "top" ? p.y - d - h : p.y + d;
    if (corner) x = shift === "right" ? p.x + d : p.x - d - w;
    else x = shift === "after" ? p.x + CLEAR : shift === "before" ? p.x - CLEAR - w : p.x - w / 2;
  }
  return { left: x, top: y, width: w, height: h };
}

/** Extra room a label set farther out leaves for its leader line. */
const FAR = 14;

/** From the edge of the point's symbol to the nearest point of the label's box. */
export function leaderTo(p: Anchor, box: Box): Leader {
  const x2 = Math.min(Math.max(p.x, box.left), box.left + box.width);
  const y2 = Math.min(Math.max(p.y, box.top), box.top + box.height);
  const length = Math.hypot(x2 - p.x, y2 - p.y) || 1;
  const start = (p.radius + 1) / length;
  return { x1: p.x + (x2 - p.x) * start, y1: p.y + (y2 - p.y) * start, x2, y2 };
}

/** The room a leader takes, as a box (a short line: its bounding box is a fair cover). */
export const leaderBox = (l: Leader): Box => ({
  left: Math.min(l.x1, l.x2) - 0.5,
  top: Math.min(l.y1, l.y2) - 0.5,
  width: Math.abs(l.x2 - l.x1) + 1,
  height: Math.abs(l.y2 - l.y1) + 1,
});

/** Everything a placed label covers: its box and, when set farther out, its leader. */
export const areasOf = (c: Candidate): Box[] => (c.leader ? [c.box, leaderBox(c.leader)] : [c.box]);

/** Strict overlap: boxes that only touch along an edge do not overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

const inside = (a: Box, bounds: Box) =>
  a.left >= bounds.left &&
  a.top >= bounds.top &&
  a.left + a.width <= bounds.left + bounds.width &&
  a.top + a.height <= bounds.top + bounds.height;

/** A point's symbol as a box. */
export const pointBox = (p: Anchor): Box => ({
  left: p.x - p.radius,
  top: p.y - p.radius,
  width: 2 * p.radius,
  height: 2 * p.radius,
});

/** Steps of the search for required labels: enough for a few dozen, bounded for any input. */
const SEARCH_BUDGET = 50_000;

/**
 * One placement per label (same order as `input.labels`), null for a label that found no free
 * place. Each label may sit next to its point or, for required labels with no room there,
 * farther out with a leader line. Required labels first: a depth-first search, the most
 * hemmed-in label first (fewest free places before any label is placed) and positions in order
 * of preference, keeps the layout that places the most of them (its first try is the plain
 * greedy one, so it is never worse). Optional labels then take, one by one, the first place
 * still free next to their point.
 */
export function placeLabels(input: PlacementInput): Placement[] {
  const gap = input.gap ?? 3;
  const pointBoxes = input.points.map(pointBox);
  const blocked = (box: Box, own: number) =>
    input.obstacles.some((o) => overlaps(box, o)) ||
    pointBoxes.some((p, j) => j !== own && overlaps(box, p));
  const candidates = input.labels.map((l) => {
    const anchor = input.points[l.point];
    if (!anchor) return [];
    const ring = (extra: number): Candidate[] =>
      POSITIONS.map((position) => {
        const box = candidateBox(anchor, l.width, l.height, position, gap + extra);
        const far = extra > 0;
        return { position, far, box, leader: far ? leaderTo(anchor, box) : null };
      });
    return [0, FAR]
      .flatMap(ring)
      .filter(
        (c) =>
          inside(c.box, input.bounds) &&
          !blocked(c.box, -1) &&
          !(c.leader && blocked(leaderBox(c.leader), l.point)),
      );
  });
  const order = (required: boolean) =>
    input.labels
      .map((l, i) => ({ l, i, room: candidates[i]?.length ?? 0 }))
      .filter(({ l }) => l.required === required)
      .sort((a, b) => a.room - b.room || a.i - b.i)
      .map(({ i }) => i);

  const current: Placement[] = input.labels.map(() => null);
  const taken: Box[][] = input.labels.map(() => []);
  const free = (c: Candidate) => {
    const mine = areasOf(c);
    return taken.every((areas) => areas.every((a) => mine.every((m) => !overlaps(a, m))));
  };
  const put = (i: number, c: Placement) => {
    current[i] = c;
    taken[i] = c ? areasOf(c) : [];
  };

  const required = order(true);
  let best: Placement[] = [...current];
  let bestCount = -1;
  let budget = SEARCH_BUDGET;
  const search = (k: number, count: number): void => {
    if (budget-- <= 0 || count + (required.length - k) <= bestCount) return;
    if (k === required.length) {
      best = [...current];
      bestCount = count;
      return;
    }
    const i = required[k] as number;
    for (const c of candidates[i] ?? []) {
      if (!free(c)) continue;
      put(i, c);
      search(k + 1, count + 1);
      put(i, null);
      if (bestCount === required.length) return;
    }
    search(k + 1, count);
  };
  search(0, 0);

  for (const [i, c] of best.entries()) put(i, c);
  for (const i of order(false)) {
    const c = (candidates[i] ?? []).find((x) => !x.far && free(x));
    if (c) put(i, c);
  }
  return current;
}
