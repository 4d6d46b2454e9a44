import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

const NOW = new Date("2024-06-20T15:00:00Z");
const json = (body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "content-type": "application/json", origin: "http://localhost" },
});

describe("access API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });
  afterAll(() => t?.close());

  it("files a request without an account and answers its reference and deadline", async () => {
    const res = await t.request(
      "/api/v1/access/requests",
      json({
        jurisdiction: "qc",
        subject: "Projets conjoints",
        documentsSought: "Comptes rendus du comité",
        name: "Marc Privé",
        email: "marc.prive@example.org",
      }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    // 20 June + 20 days = 10 July 2024, a Wednesday.
    expect(body).toMatchObject({
      reference: "202406-1",
      receivedOn: "2024-06-20",
      due: "2024-07-10",
    });
    expect(body.steps[0]).toContain("10\u00a0juillet\u00a02024");
  });

  it("answers invalid fields with localised messages and stores nothing", async () => {
    const res = await t.request(
      "/api/v1/access/requests?lang=en",
      json({ jurisdiction: "qc", subject: "", documentsSought: "x", name: "y" }),
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.id).toBe("validation_failed");
    expect(body.error.fields.subject).toBe("Required field.");
    expect(body.error.fields.email).toMatch(/e-mail or a postal address/);
    const rows = await t.db.query("SELECT 1 FROM access_requests");
    expect(rows).toHaveLength(1);
  });

  it("lists the register for officers only, without the requester's identity", async () => {
    expect((await t.request("/api/v1/access/requests")).status).toBe(401);
    const officer = await t.signIn("access-officer");
    const res = await t.request("/api/v1/access/requests", { headers: { cookie: officer.cookie } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text).items[0].reference).toBe("202406-1");
    expect(text).not.toContain("Marc Privé");
    expect(text).not.toContain("marc.prive");
  });

  it("computes the seed case's deadlines: due 2023-12-20, review until 2024-01-19", async () => {
    const res = await t.request("/api/v1/access/deadlines?received=2023-11-30&decided=2023-12-20");
    expect(await res.json()).toMatchObject({ due: "2023-12-20", reviewUntil: "2024-01-19" });
    const bad = await t.request("/api/v1/access/deadlines?received=2023-02-30");
    expect(bad.status).toBe(422);
  });

  it("has an empty disclosure log until something is published", async () => {
    const res = await t.request("/api/v1/access/disclosures");
    expect(await res.json()).toEqual({ total: 0, page: 1, items: [] });
  });

  it("opens the receipt page only through the requester's link, never by its bare number", async () => {
    const file = async (lang: string) =>
      (
        await t.request(
          `/api/v1/access/requests?lang=${lang}`,
          json({
            jurisdiction: "qc",
            subject: "Reçu",
            documentsSought: "Un document",
            name: "Anne Privée",
            email: "anne.privee@example.org",
          }),
        )
      ).json() as Promise<{ reference: string; receiptUrl: string }>;
    const fr = await file("fr");
    const en = await file("en");
    expect(fr.receiptUrl).toMatch(
      new RegExp(`^/acces/demande/recue/${fr.reference}\\?jeton=[\\w-]{43}$`),
    );
    expect(en.receiptUrl).toMatch(/^\/en\/acces\/demande\/recue\//);
    const page = await t.request(fr.receiptUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(fr.reference);
    expect(html).not.toContain("Anne Privée");
    expect((await t.request(en.receiptUrl)).status).toBe(200);

    const frToken = fr.receiptUrl.split("jeton=")[1];
    for (const path of [
      `/acces/demande/recue/${fr.reference}`,
      `/acces/demande/recue/${fr.reference}?jeton=`,
      `/acces/demande/recue/${en.reference}?jeton=${frToken}`,
      `/acces/demande/recue/${fr.reference}?jeton=${"A".repeat(43)}`,
    ]) {
      const res = await t.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain("Reçu");
    }
  });
});
