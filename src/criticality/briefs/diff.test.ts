import { describe, expect, it } from "vitest";
import { diffWords, tokens } from "./diff.ts";

describe("diffWords", () => {
  it("keeps the text whole when nothing changed", () => {
    expect(diffWords("Le lithium est critique.", "Le lithium est critique.")).toEqual([
      { op: "same", text: "Le lithium est critique." },
    ]);
  });

  it("marks a replaced word as removed then added, the rest unchanged", () => {
    expect(diffWords("Le cobalt est critique.", "Le nickel est critique.")).toEqual([
      { op: "same", text: "Le " },
      { op: "removed", text: "cobalt" },
      { op: "added", text: "nickel" },
      { op: "same", text: " est critique." },
    ]);
  });

  it("finds words inserted and deleted in the middle", () => {
    const segments = diffWords("a b c d e", "a x b c e");
    const changed = (op: string) =>
      segments
        .filter((s) => s.op === op)
        .map((s) => s.text.trim())
        .join("|");
    expect(changed("added")).toBe("x");
    expect(changed("removed")).toBe("d");
  });

  it("shows a word or a comma added at the end as only that", () => {
    expect(diffWords("cobalt", "cobalt, nickel")).toEqual([
      { op: "same", text: "cobalt" },
      { op: "added", text: ", nickel" },
    ]);
  });

  it("gives back both texts: same+removed is the old one, same+added the new one", () => {
    const before = "Graphite naturel : la Chine fournit 79,9 %\nde l’extraction.";
    const after = "Graphite naturel : la Chine fournit près de 80 %\nde l’extraction mondiale.";
    const segments = diffWords(before, after);
    const join = (ops: string[]) =>
      segments
        .filter((s) => ops.includes(s.op))
        .map((s) => s.text)
        .join("");
    expect(join(["same", "removed"])).toBe(before);
    expect(join(["same", "added"])).toBe(after);
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "nouveau")).toEqual([{ op: "added", text: "nouveau" }]);
    expect(diffWords("ancien", "")).toEqual([{ op: "removed", text: "ancien" }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("splits words, whitespace and punctuation", () => {
    expect(tokens("a  b\nc")).toEqual(["a", "  ", "b", "\n", "c"]);
    expect(tokens("79,9 %")).toEqual(["79", ",", "9", " ", "%"]);
  });
});
