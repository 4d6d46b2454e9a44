/** The figure a draft's "add a figure" form asks for, checked value by value. */
import { fail } from "../../platform/errors/app-error.ts";
import { PARTIES, type PartyId } from "../engine/index.ts";
import { FIGURE_KINDS, type FigureKind, type FigureSpec } from "./figure-types.ts";

export function figureSpec(v: Record<string, string>): FigureSpec {
  const kind = (v.kind ?? "") as FigureKind;
  if (!FIGURE_KINDS.includes(kind))
    throw fail("brief_unknown_figure_kind", {
      value: (v.kind ?? "").slice(0, 100),
      values: FIGURE_KINDS.join(", "),
    });
  const material = (v.material ?? "").trim().slice(0, 200);
  if (kind === "comparison") return { kind, material };
  if (kind === "assessment") {
    const view = (v.view ?? "") as PartyId;
    if (!PARTIES.includes(view))
      throw fail("brief_unknown_view", {
        value: (v.view ?? "").slice(0, 100),
        values: PARTIES.join(", "),
      });
    return { kind, material, view };
  }
  const percent = Number((v.percent ?? "").replace(",", "."));
  if ((v.percent ?? "").trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100)
    throw fail("brief_percent_invalid", { value: (v.percent ?? "").slice(0, 100) });
  const stage = v.stage === "refinery" ? "refinery" : "mine";
  return {
    kind,
    material,
    changes: [
      {
        kind: "supply_cut",
        country: (v.country ?? "").trim().slice(0, 3).toUpperCase(),
        stage,
        value: percent,
      },
    ],
  };
}
