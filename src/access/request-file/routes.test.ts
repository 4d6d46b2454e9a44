import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spaced } from "../../app/testing/api-errors.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createRequest, moveRequest } from "../requests/commands.ts";
import { accessText } from "../requests/messages.ts";
import { parseIntake } from "../requests/schema.ts";

const NOW = new Date("2024-06-20T15:00:00Z");
const EMAIL = "paul.prudent@example.org";

/** The option a browser submits for each select of the forms whose action ends with suffix. */
function submittedOptions(html: string, suffix: string): Record<string, string> {
  const chosen: Record<string, string> = {};
  const forms = html.match(/<form[^>]*action="[^"]*"[^>]*>[\s\S]*?<\/form>/g) ?? [];
  for (const form of forms.filter((f) => new RegExp(`action="[^"]*${suffix}"`).test(f))) {
    for (const [, name, body] of form.matchAll(
      /<select[^>]*name="(\w+)"[^>]*>([\s\S]*?)<\/select>/g,
    )) {
      const options = [...(body ?? "").matchAll(/<option([^>]*)>/g)].map(([, attrs]) => ({
        value: /value="([^"]*)"/.exec(attrs ?? "")?.[1] ?? "",
        selected: /\bselected\b/.test(attrs ?? ""),
      }));
      const selected = options.find((o) => o.selected) ?? options[0];
      chosen[name as string] = selected?.value ?? "(none)";
    }
  }
  return chosen;
}

describe("forms that change a request or send mail", () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp["signIn"]>>;
  let reference = "";
  const page = async () =>
    (
      await t.request(`/acces/demandes/${reference}`, { headers: { cookie: officer.cookie } })
    ).text();
  const post = (path: string, fields: Record<string, string>) =>
    t.request(`/acces/demandes/${reference}${path}`, {
      method: "POST",
      body: new URLSearchParams({ ...fields, _csrf: officer.csrf }),
      headers: { cookie: officer.cookie, "content-type": "application/x-www-form-urlencoded" },
    });
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    officer = await t.signIn("access-officer");
    const intake = parseIntake(
      {
        jurisdiction: "qc",
        channel: "email",
        receivedOn: "2024-06-17",
        subject: "Comité mixte",
        documentsSought: "Le compte rendu",
        name: "Paul Prudent",
        email: EMAIL,
        lang: "fr",
      },
      NOW,
    );
    ({ reference } = await createRequest(t.db, CLI_PERFORMER, intake));
  });
  afterAll(() => t?.close());

  it("preselect no status, no outcome and no sending, at every stage", async () => {
    for (const to of [null, "in_progress", "decided"] as const) {
      if (to) {
        await moveRequest(t.db, CLI_PERFORMER, {
          reference,
          to,
          onDate: "2024-06-20",
          ...(to === "decided" && { outcome: "full" as const }),
        });
      }
      const html = await page();
      const status = submittedOptions(html, "/etat");
      if (to !== "decided" || "to" in status) {
        expect(status.to, `status form at ${to}`).toBe("");
        expect(status.outcome, `outcome at ${to}`).toBe("");
      }
      const letters = submittedOptions(html, "/lettres");
      expect(letters.format, `letter action at ${to}`).toBe("");
      // The letter the state calls for is proposed; proposing it sends nothing.
      expect(letters.kind).toBe(to === "decided" ? "decision" : "acknowledgement");
    }
  });

  it("refuses a status change with no status chosen, changing nothing", async () => {
    const res = await post("/etat", { to: "", onDate: "2024-06-20" });
    expect(res.status).toBe(422);
    expect(spaced(await res.text())).toContain(spaced(accessText("fr", "chooseStatus")));
    const [row] = await t.db.query<{ status: string }>(
      "SELECT status FROM access_requests WHERE reference = $1",
      [reference],
    );
    expect(row?.status).toBe("decided");
  });

  it("asks for the action, then shows the recipient and the letter before anything is sent", async () => {
    const letters = await count("access_letters");
    const mails = await count("mail_outbox");

    const noAction = await post("/lettres", { kind: "decision" });
    expect(noAction.status).toBe(422);
    expect(spaced(await noAction.text())).toContain(spaced(accessText("fr", "chooseAction")));

    const confirm = await post("/lettres", { kind: "decision", format: "send" });
    expect(confirm.status).toBe(200);
    const html = spaced(await confirm.text());
    expect(html).toContain(`Destinataire : ${EMAIL}`);
    expect(html).toContain('name="confirm" value="yes"');
    expect(await count("access_letters")).toBe(letters);
    expect(await count("mail_outbox")).toBe(mails);

    const preview = await t.request(`/acces/demandes/${reference}/apercu-lettre/decision`, {
      headers: { cookie: officer.cookie },
    });
    expect(preview.headers.get("content-type")).toBe("application/pdf");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(new TextDecoder().decode((await preview.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    expect(await count("access_letters")).toBe(letters);

    const sent = await post("/lettres", { kind: "decision", format: "send", confirm: "yes" });
    expect(sent.status).toBe(303);
    expect(await count("access_letters")).toBe((letters ?? 0) + 1);
    expect(await count("mail_outbox")).toBe((mails ?? 0) + 1);
    // Once the decision is on file, no letter is proposed any more.
    expect(submittedOptions(await page(), "/lettres").kind).toBe("");
  });

  it("lets neither the public nor a reviewer preview a letter", async () => {
    const anonymous = await t.request(`/acces/demandes/${reference}/apercu-lettre/decision`);
    expect(anonymous.status).toBe(401);
    const reviewer = await t.signIn("reviewer");
    const res = await t.request(`/acces/demandes/${reference}/apercu-lettre/decision`, {
      headers: { cookie: reviewer.cookie },
    });
    expect(res.status).toBe(403);
  });
});
