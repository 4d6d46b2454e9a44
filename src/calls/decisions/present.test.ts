import { describe, expect, it } from "vitest";
import type { CallRow } from "../calls/queries.ts";
import { presentCommittee } from "./present.ts";
import type { BoardRow, CommitteeRow } from "./queries.ts";

const call = {
  id: "c",
  code: "AAP-2026-01",
  title_fr: "Appel",
  title_en: "Call",
  envelope_qc_cents: 100_000_00,
  envelope_fr_cents: 80_000_00,
} as CallRow;

const board = (id: string, reference: string): BoardRow => ({
  application_id: id,
  reference,
  title: reference,
  status: "submitted",
  language: "fr",
  owner_name: "X",
  asked_qc_cents: 1,
  asked_fr_cents: 1,
  outcome: null,
  reason: null,
  amount_qc_cents: null,
  amount_fr_cents: null,
  project_code: null,
});

const committee: CommitteeRow = {
  cochair_qc_id: "u-qc",
  cochair_qc_name: "Q",
  cochair_fr_id: "u-fr",
  cochair_fr_name: "F",
  finalised_at: null,
  approvals: [{ party: "qc", user_id: "u-qc", approved_at: "2026-12-07T10:00:00Z" }],
};

describe("the committee's view", () => {
  const rows = [board("a", "R-1"), board("b", "R-2"), board("c", "R-3")];
  const ranking = [
    { applicationId: "c", rank: 1, mean: 4.5, asked: 2, received: 2, disagreements: 0 },
    { applicationId: "a", rank: 2, mean: 3, asked: 2, received: 1, disagreements: 1 },
  ];

  it("orders applications by rank, the unranked last, and shows what is left", () => {
    const view = presentCommittee(
      call,
      committee,
      rows,
      { qc: 30_000_00, fr: 0 },
      [],
      null,
      ranking,
    );
    expect(view.entries.map((e) => e.reference)).toEqual(["R-3", "R-1", "R-2"]);
    expect(view.entries[2]?.ranking).toBeNull();
    expect(view.envelopes.qc).toEqual({
      envelopeCents: 100_000_00,
      committedCents: 30_000_00,
      leftCents: 70_000_00,
    });
  });

  it("lets each co-chair approve once, for their own party", () => {
    const qc = presentCommittee(call, committee, rows, { qc: 0, fr: 0 }, [], "u-qc", null);
    const fr = presentCommittee(call, committee, rows, { qc: 0, fr: 0 }, [], "u-fr", null);
    const other = presentCommittee(call, committee, rows, { qc: 0, fr: 0 }, [], "u-x", null);
    expect([qc.viewerParty, qc.canApprove]).toEqual(["qc", false]);
    expect([fr.viewerParty, fr.canApprove]).toEqual(["fr", true]);
    expect([other.viewerParty, other.canApprove]).toEqual([null, false]);
  });

  it("makes nothing decidable once final", () => {
    const final = { ...committee, finalised_at: new Date() };
    const view = presentCommittee(call, final, rows, { qc: 0, fr: 0 }, [], "u-fr", null);
    expect(view.entries.every((e) => !e.decidable)).toBe(true);
    expect(view.canApprove).toBe(false);
  });
});
