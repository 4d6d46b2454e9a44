import { describe, expect, it } from "vitest";
import { computeDeadlines } from "./compute.ts";
import { explainDeadlines, stepText } from "./step-text.ts";

const NBSP = "\u00a0";
const plain = (s: string) => s.replaceAll(NBSP, " ");

describe("stepText and explainDeadlines", () => {
  it("renders the issue's example in French, with no-break spaces in dates and amounts", () => {
    const d = computeDeadlines({ received: "2024-06-04" });
    const due = d.steps.filter((s) => s.deadline === "due");
    expect(due.map((s) => stepText(s, "fr")).join(", ")).toBe(
      `20${NBSP}jours → 24${NBSP}juin${NBSP}2024, jour férié (Fête nationale) → 25${NBSP}juin${NBSP}2024`,
    );
    expect(due.map((s) => stepText(s, "en")).join(", ")).toBe(
      "20 days → June 24, 2024, holiday (Fête nationale (National Holiday)) → June 25, 2024",
    );
  });

  it("names Sundays plainly and writes « 1er juillet »", () => {
    const d = computeDeadlines({ received: "2024-06-10" });
    const sunday = d.steps.find((s) => s.kind === "postpone" && s.reason === "sunday");
    expect(sunday && plain(stepText(sunday, "fr"))).toBe("dimanche → 1er juillet 2024");
  });

  it("explains each deadline with its basis and its starting point, French spacing before the colon", () => {
    const lines = explainDeadlines(
      computeDeadlines({ received: "2023-11-30", decided: "2023-12-20" }),
      "fr",
    ).map(plain);
    expect(lines).toEqual([
      "Délai de réponse (RLRQ, c. A-2.1, art. 47, al. 1), à compter de la réception, le 30 novembre 2023 : 20 jours → 20 décembre 2023",
      "Demande de révision à la CAI (RLRQ, c. A-2.1, art. 135), à compter de la décision du 20 décembre 2023 : 30 jours → 19 janvier 2024",
    ]);
  });
});
