import { beforeAll, describe, expect, it } from "vitest";
import { applicationsBed, pdfText } from "./test-helpers.ts";

describe("a complete submission", () => {
  const { bed, get, post, start, stored, complete } = applicationsBed();
  let id = "";
  let reference = "";

  beforeAll(async () => {
    id = await start(bed.alice, "Graphite sphérique");
    const res = await post(`/candidatures/${id}/depot`, bed.alice, complete());
    expect(res.status).toBe(303);
    reference = (await stored(id))?.reference ?? "";
    expect(res.headers.get("location")).toBe(`/candidatures/${reference}?ok=depose`);
  });

  it("gets a receipt number of the call's code and four digits, and is locked", async () => {
    expect(reference).toMatch(/^AAP-2026-01-\d{4}$/);
    const page = await (await get(`/candidatures/${reference}?ok=depose`, bed.alice)).text();
    expect(page).toContain(`sous le numéro ${reference}`);
    expect(page).not.toContain("Brouillon — non déposé");
    expect(page).not.toContain('id="draft-form"');
    const again = await post(
      `/candidatures/${id}/brouillon`,
      bed.alice,
      complete({ title: "Après" }),
    );
    expect(again.status).toBe(409);
    expect((await stored(id))?.title).toBe("Graphite sphérique");
  });

  it("produces a proof PDF with the reference and the version's SHA-256", async () => {
    const [version] = await bed.t.db.query<{ sha256: string }>(
      `SELECT sha256 FROM application_versions WHERE application_id = $1`,
      [id],
    );
    const res = await get(`/candidatures/${reference}/accuse-de-reception.pdf`, bed.alice);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(reference);
    expect(text).toContain(version?.sha256 as string);
    expect(text).toContain("heure du Québec");
    expect(text).toContain("heure de Paris");
    expect(text).toContain("Université Laval");
    expect(text).toContain("40 000 $ CA");
    const en = pdfText(
      new Uint8Array(
        await (
          await get(`/en/candidatures/${reference}/accuse-de-reception.pdf`, bed.alice)
        ).arrayBuffer(),
      ),
    );
    expect(en).toContain("Proof of submission");
  });

  it("queues an e-mail to the owner with the reference and the link to the proof", async () => {
    const mails = await bed.t.db.query<{ subject: string; body_text: string; files: number }>(
      `SELECT subject, body_text,
              (SELECT count(*)::int FROM mail_attachments a WHERE a.mail_id = m.id) AS files
         FROM mail_outbox m WHERE to_address = 'alice@example.org' AND subject_id = $1`,
      [reference],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(reference);
    expect(mails[0]?.body_text).toContain(
      `http://localhost/candidatures/${reference}/accuse-de-reception.pdf`,
    );
    expect(mails[0]?.files).toBe(1);
  });

  it("is hidden (404) from another applicant, on pages and the API", async () => {
    expect((await get(`/candidatures/${reference}`, bed.bob)).status).toBe(404);
    expect((await get(`/candidatures/${id}`, bed.bob)).status).toBe(404);
    expect((await get(`/candidatures/${reference}/accuse-de-reception.pdf`, bed.bob)).status).toBe(
      404,
    );
    expect((await post(`/candidatures/${id}/brouillon`, bed.bob, complete())).status).toBe(404);
    expect(
      (await bed.t.api("GET", `/api/v1/applications/${reference}`, { as: bed.bob })).status,
    ).toBe(404);
    const list = (await (
      await bed.t.api("GET", "/api/v1/applications", { as: bed.bob })
    ).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
  });

  it("is read by officials once submitted, drafts never", async () => {
    const member = await bed.t.signIn("member-fr");
    expect((await get(`/candidatures/${reference}`, member)).status).toBe(200);
    const draft = await start(bed.alice, "Brouillon que nul responsable ne lit");
    expect((await get(`/candidatures/${draft}`, bed.alice)).status).toBe(200);
    expect((await get(`/candidatures/${draft}`, member)).status).toBe(404);
  });

  it("serves the submitted attachment to officials, never to another applicant", async () => {
    const member = await bed.t.signIn("member-qc");
    const path = `/candidatures/${reference}/pieces/${bed.call.requiredDocumentId}`;
    const res = await get(path, member);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bed.pdf);
    expect((await get(path, bed.bob)).status).toBe(404);
  });

  it("serves the owner's applications through the API", async () => {
    const res = await bed.t.api("GET", `/api/v1/applications/${reference}`, { as: bed.alice });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      reference: string;
      status: string;
      funding: { party: string; amount: string }[];
      version: { sha256: string };
    };
    expect(body).toMatchObject({ reference, status: "submitted" });
    expect(body.funding).toContainEqual({ party: "qc", amount: "40000.00", currency: "CAD" });
    expect(body.version.sha256).toMatch(/^[0-9a-f]{64}$/);
    const list = (await (
      await bed.t.api("GET", "/api/v1/applications", { as: bed.alice })
    ).json()) as {
      items: { reference: string | null }[];
    };
    expect(list.items.map((i) => i.reference)).toContain(reference);
  });

  it("lets a consortium member invited by e-mail see and edit the application", async () => {
    const draft = await start(bed.alice, "Projet en consortium");
    const res = await post(`/candidatures/${draft}/brouillon`, bed.alice, {
      title: "Projet en consortium",
      language: "fr",
      members: "bob@example.org",
    });
    expect(res.status).toBe(303);
    expect((await get(`/candidatures/${draft}`, bed.bob)).status).toBe(200);
    const [mail] = await bed.t.db.query<{ subject: string }>(
      `SELECT subject FROM mail_outbox WHERE to_address = 'bob@example.org'`,
    );
    expect(mail?.subject).toContain("Invitation");
    // Bob edits, but the consortium stays the owner's to manage: his form has no such field.
    const edit = await post(`/candidatures/${draft}/brouillon`, bed.bob, {
      title: "Titre de Bob",
      language: "fr",
    });
    expect(edit.status).toBe(303);
    expect((await stored(draft))?.title).toBe("Titre de Bob");
    expect((await get(`/candidatures/${draft}/retrait`, bed.bob)).status).toBe(404);
  });
});
