import v8 from "node:v8";
import vm from "node:vm";

/** What one timed run did: how many items it handled, and any figures it measured itself. */
export type Sample = {
  items: number;
  metrics?: Record<string, number>;
  /** The time the items took, when the run measures it itself (a load run also warms up). */
  ms?: number;
};

export type BenchCase<C> = {
  name: string;
  /** What `items` counts: "rows", "assessments", "draws"… */
  unit: string;
  /** Timed runs; the report gives their median, which one slow run does not move. */
  runs: number;
  /** Untimed runs first, so that the timed ones measure compiled code (default 1). */
  warmup?: number;
  run: (ctx: C) => Promise<Sample>;
  /**
   * The cheapest pass over the same input (reading a file, copying an array), run alternately
   * with the case in the same process: the ratio stays meaningful on a busy or slower machine.
   */
  baseline?: { name: string; run: (ctx: C) => Promise<Sample> };
  /** Items per second the case should reach; the report says whether it did. */
  target?: number;
};

export type BenchSuite<C> = {
  name: string;
  /** Builds the input once for all cases (a generated file, a loaded dataset). */
  setup: () => Promise<C>;
  teardown?: (ctx: C) => Promise<void>;
  cases: BenchCase<C>[];
};

// biome-ignore lint/suspicious/noExplicitAny: suites of different contexts share one list.
const suites: BenchSuite<any>[] = [];

/** Called at the top level of a bench/*.bench.ts file: the runner imports each file. */
export function defineSuite<C>(suite: BenchSuite<C>): void {
  suites.push(suite);
}

export const registeredSuites = () => [...suites];

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

// Without --expose-gc on the command line: memory figures start from a collected heap.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/**
 * Memory of a run: peak RSS (what the machine sees), sampled whenever the run calls sample()
 * (after each chunk read, say), and what the heap still holds after a collection while the run's
 * result is alive (what the run keeps, as opposed to garbage not yet collected).
 */
export function memorySampler() {
  gc();
  const start = process.memoryUsage();
  let rss = start.rss;
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return {
    sample() {
      rss = Math.max(rss, process.memoryUsage.rss());
    },
    /** Call while the result is still referenced. */
    peaks(): Record<string, number> {
      this.sample();
      gc();
      const end = process.memoryUsage();
      const retained = end.heapUsed + end.arrayBuffers - start.heapUsed - start.arrayBuffers;
      return { peakRssMb: mb(rss), retainedMb: mb(retained) };
    },
  };
}
