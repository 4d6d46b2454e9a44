import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createLogger } from "../../platform/log/logger.ts";
import { buildPdf } from "../redaction/test-pdfs.ts";
import { createRequest } from "./commands.ts";
import { parseIntake } from "./schema.ts";

// 15 June 2024, noon in Québec: a Saturday before the Fête nationale (24 June, a Monday).
const NOW = new Date("2024-06-15T16:00:00Z");
const REQUESTER = { name: "Jeanne Confidentielle", email: "jeanne.confidentielle@example.org" };

const form = (fields: Record<string, string>, csrf: string) =>
  new URLSearchParams({ ...fields, _csrf: csrf });

describe("access to information, from the public form to the disclosure log", () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp["signIn"]>>;
  let anonymous: { cookie: string; csrf: string };

  const post = (path: string, body: URLSearchParams | FormData, cookie: string) =>
    t.request(path, {
      method: "POST",
      body,
      headers: {
        cookie,
        ...(body instanceof URLSearchParams
          ? { "content-type": "application/x-www-form-urlencoded" }
          : {}),
      },
    });

  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await createTestApp({
      now: () => NOW,
      logger: createLogger({ logLevel: "debug" }, stream),
    });
    officer = await t.signIn("access-officer");
    const page = await t.request("/acces/demande");
    const csrf = /alliage_csrf=([^;]+)/.exec(page.headers.get("set-cookie") ?? "")?.[1] ?? "";
    anonymous = { cookie: `alliage_csrf=${csrf}`, csrf };
  });
  afterAll(() => t?.close());

  let reference = "";

  it("takes a request from the public form without an account and gives its reference", async () => {
    const res = await post(
      "/acces/demande",
      form(
        {
          jurisdiction: "qc",
          subject: "Coopération sur les métaux critiques",
          documentsSought: "La déclaration d’intention signée à Québec en novembre 2023",
          ...REQUESTER,
          lang: "fr",
        },
        anonymous.csrf,
      ),
      anonymous.cookie,
    );
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(/^\/acces\/demande\/recue\/202406-1\?jeton=[\w-]{43}$/);
    reference = "202406-1";
    const page = await (await t.request(location)).text();
    expect(page).toContain("202406-1");
    // Received 15 June + 20 days = 5 July 2024, a Friday and not a holiday.
    expect(page).toContain("5\u00a0juillet\u00a02024");
    expect(page).not.toContain(REQUESTER.name);
  });

  it("keeps what was typed and says what is wrong when the form is incomplete", async () => {
    const before = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_requests",
    );
    const res = await post(
      "/acces/demande",
      form(
        { jurisdiction: "qc", subject: "", documentsSought: "Des <b>rapports</b>", name: "X" },
        anonymous.csrf,
      ),
      anonymous.cookie,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Champ obligatoire");
    expect(html).toContain("Indiquez une adresse courriel ou une adresse postale");
    expect(html).toContain("Des &lt;b&gt;rapports&lt;/b&gt;");
    const after = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM access_requests");
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("shows the register and the requester only to access officers", async () => {
    expect((await t.request("/acces/demandes")).status).toBe(401);
    const member = await t.signIn("member-qc");
    expect(
      (await t.request(`/acces/demandes/${reference}`, { headers: { cookie: member.cookie } }))
        .status,
    ).toBe(403);
    const list = await (
      await t.request("/acces/demandes", { headers: { cookie: officer.cookie } })
    ).text();
    expect(list).toContain(reference);
    const detail = await (
      await t.request(`/acces/demandes/${reference}`, { headers: { cookie: officer.cookie } })
    ).text();
    expect(detail).toContain(REQUESTER.name);
    expect(detail).toContain(REQUESTER.email);
  });

  it("refuses an officer's intake dated in the future, in French and in English", async () => {
    const fields = {
      jurisdiction: "qc",
      channel: "mail",
      receivedOn: "2024-06-16",
      subject: "Sujet",
      documentsSought: "Documents",
      name: "Paul",
      postalAddress: "1 rue Principale, Québec",
    };
    const fr = await post("/acces/demandes", form(fields, officer.csrf), officer.cookie);
    expect(fr.status).toBe(422);
    expect(await fr.text()).toContain("ne peut pas être dans le futur");
    const en = await post("/en/acces/demandes", form(fields, officer.csrf), officer.cookie);
    expect(await en.text()).toContain("cannot be in the future");
  });

  it("refuses a file that is not a PDF and keeps the request unchanged", async () => {
    const body = new FormData();
    body.set("_csrf", officer.csrf);
    body.set("title", "Faux document");
    body.set("document", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "image.png"));
    const res = await post(`/acces/demandes/${reference}/documents`, body, officer.cookie);
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("n’est pas un PDF lisible");
    const docs = await t.db.query("SELECT 1 FROM access_documents");
    expect(docs).toHaveLength(0);
  });

  it("refuses a decision without an outcome and a second extension", async () => {
    const noOutcome = await post(
      `/acces/demandes/${reference}/etat`,
      form({ to: "decided", onDate: "2024-06-15", outcome: "" }, officer.csrf),
      officer.cookie,
    );
    expect(noOutcome.status).toBe(422);
    const extend = await post(
      `/acces/demandes/${reference}/etat`,
      form({ to: "extended", onDate: "2024-06-15" }, officer.csrf),
      officer.cookie,
    );
    expect(extend.status).toBe(303);
    const [row] = await t.db.query<{ due_on: string }>(
      "SELECT due_on FROM access_requests WHERE reference = $1",
      [reference],
    );
    // 5 July + 10 days = 15 July 2024, a Monday.
    expect(row?.due_on).toBe("2024-07-15");
    const again = await post(
      `/acces/demandes/${reference}/etat`,
      form({ to: "extended", onDate: "2024-06-15" }, officer.csrf),
      officer.cookie,
    );
    expect(again.status).toBe(409);
  });

  it("walks the search, the document, the decision and the publication", async () => {
    const search = await post(
      `/acces/demandes/${reference}/recherches`,
      form(
        {
          unit: "Direction des relations internationales",
          searchedOn: "2024-06-15",
          result: "Un document repéré",
        },
        officer.csrf,
      ),
      officer.cookie,
    );
    expect(search.status).toBe(303);
    const body = new FormData();
    body.set("_csrf", officer.csrf);
    body.set("title", "Déclaration d’intention");
    body.set(
      "document",
      new File(
        [Buffer.from(buildPdf([{ lines: [{ x: 72, y: 700, text: "Declaration of intent" }] }]))],
        "d.pdf",
      ),
    );
    expect(
      (await post(`/acces/demandes/${reference}/documents`, body, officer.cookie)).status,
    ).toBe(303);
    const [doc] = await t.db.query<{ id: string }>("SELECT id FROM access_documents");
    await t.db.query("UPDATE access_documents SET decision = 'accessible' WHERE id = $1", [
      doc?.id,
    ]);
    const decided = await post(
      `/acces/demandes/${reference}/etat`,
      form({ to: "decided", onDate: "2024-06-15", outcome: "full" }, officer.csrf),
      officer.cookie,
    );
    expect(decided.status).toBe(303);
    // Publishing needs the decision letter to have been sent.
    const early = await post(
      `/acces/demandes/${reference}/diffusion`,
      form({ summary: "Accès total au document." }, officer.csrf),
      officer.cookie,
    );
    expect(early.status).toBe(409);
    await t.db.query("UPDATE access_requests SET sent_on = '2024-06-15' WHERE reference = $1", [
      reference,
    ]);
    const published = await post(
      `/acces/demandes/${reference}/diffusion`,
      form({ summary: "Accès total au document demandé." }, officer.csrf),
      officer.cookie,
    );
    expect(published.status).toBe(303);

    const log = await (await t.request("/acces/diffusion?q=métaux")).text();
    expect(log).toContain(reference);
    const page = await (await t.request(`/acces/diffusion/${reference}`)).text();
    expect(page).toContain("Accès total au document demandé.");
    expect(page).not.toContain(REQUESTER.name);
    expect(page).not.toContain(REQUESTER.email);
    const file = await t.request(`/acces/diffusion/${reference}/documents/${doc?.id}`);
    expect(file.headers.get("content-type")).toBe("application/pdf");
  });

  it("never writes the requester's identity into the server's logs", () => {
    const logs = logLines.join("");
    expect(logs).toContain("/acces/demande");
    expect(logs).not.toContain(REQUESTER.name);
    expect(logs).not.toContain(REQUESTER.email);
  });

  it("never writes the requester's identity into the audit journal", async () => {
    const rows = await t.db.query<{ changes: unknown }>("SELECT changes FROM audit_events");
    const text = JSON.stringify(rows);
    expect(text).toContain("202406-1");
    expect(text).not.toContain(REQUESTER.name);
    expect(text).not.toContain(REQUESTER.email);
  });

  it("never gives two requests of the same month the same reference, even at once", async () => {
    const intake = parseIntake(
      {
        jurisdiction: "fr",
        channel: "email",
        receivedOn: "2024-05-02",
        subject: "S",
        documentsSought: "D",
        name: "N",
        email: "n@example.org",
      },
      NOW,
    );
    const created = await Promise.all(
      Array.from({ length: 12 }, () => createRequest(t.db, CLI_PERFORMER, intake)),
    );
    const numbers = created.map((c) => Number(c.reference.split("-")[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
