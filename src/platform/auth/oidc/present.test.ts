import { describe, expect, it } from "vitest";
import { presentAccount, presentIdentity } from "./present.ts";

describe("accounts and identities presenters", () => {
  it("maps every field of an account, a disabled one included", () => {
    const row = {
      id: "a1",
      email: "agente@mrnf.gouv.qc.ca",
      name: "Agente",
      role: "member-qc" as const,
      disabled_at: null,
      identities: 2,
    };
    expect(presentAccount(row)).toEqual({
      id: "a1",
      email: "agente@mrnf.gouv.qc.ca",
      name: "Agente",
      role: "member-qc",
      disabled: false,
      identities: 2,
    });
    expect(presentAccount({ ...row, disabled_at: new Date() }).disabled).toBe(true);
  });

  it("maps every field of a linked identity", () => {
    const at = new Date("2026-12-01T12:00:00Z");
    expect(
      presentIdentity({
        id: "i1",
        provider: "qc",
        subject: "sub-1",
        email_at_link: "agente@mrnf.gouv.qc.ca",
        linked_at: at,
        last_used_at: at,
      }),
    ).toEqual({
      id: "i1",
      provider: "qc",
      subject: "sub-1",
      emailAtLink: "agente@mrnf.gouv.qc.ca",
      linkedAt: at,
      lastUsedAt: at,
    });
  });
});
