import { describe, expect, it } from "vitest";
import { applicationsBed, plain } from "./test-helpers.ts";

describe("an application's draft", () => {
  const { bed, get, post, pdfFile, start, stored, count, complete } = applicationsBed();

  it("saves a draft with partial data, marked as not submitted", async () => {
    const id = await start(bed.alice, "Projet partiel");
    const res = await post(`/candidatures/${id}/brouillon`, bed.alice, {
      title: "Projet partiel",
      language: "fr",
      summaryFr: "",
      summaryEn: "Only English so far.",
      partner_0_name: "Université Laval",
      partner_0_party: "qc",
      partner_0_kind: "university",
      partner_0_role: "partner",
    });
    expect(res.status).toBe(303);
    expect(await count("application_partners", id)).toBe(1);
    const page = await (await get(`/candidatures/${id}`, bed.alice)).text();
    expect(page).toContain("Brouillon — non déposé");
    expect(page).toContain("Only English so far.");
    const list = await (await get("/candidatures", bed.alice)).text();
    expect(list).toContain("Projet partiel");
  });

  it("lists every missing element at once when submitting, and keeps the draft", async () => {
    const id = await start(bed.alice, "Projet incomplet");
    const res = await post(`/candidatures/${id}/depot`, bed.alice, {
      title: "Projet incomplet",
      language: "fr",
      summaryFr: "",
      summaryEn: "",
      partner_0_name: "Université Laval",
      partner_0_party: "qc",
      partner_0_kind: "university",
      partner_0_role: "partner",
      funding_qc: "200 000",
    });
    expect(res.status).toBe(422);
    const page = plain(await res.text());
    expect(page).toContain("Éléments manquants pour le dépôt");
    expect(page).toContain("7 éléments manquent");
    expect(page).toContain("Un résumé, en français ou en anglais.");
    expect(page).toContain("Au moins 1 partenaire de France");
    expect(page).toContain("Un partenaire chef de file");
    expect(page).toContain("La pièce jointe « Description scientifique » (PDF).");
    expect(page).toContain("Le montant demandé à la France (EUR).");
    expect(page).toContain("d’au plus 100 000 $ CA");
    expect(page).toContain("d’au plus 50 % du budget de ses partenaires");
    expect(await stored(id)).toMatchObject({ status: "draft", reference: null });
    expect(await count("application_partners", id)).toBe(1);
  });

  it("refuses a budget line in an unknown currency, saving nothing", async () => {
    const id = await start(bed.alice, "Projet en dollars US");
    const res = await post(
      `/candidatures/${id}/brouillon`,
      bed.alice,
      complete({ title: "Changé", budget_0_currency: "USD" }),
    );
    expect(res.status).toBe(422);
    const page = plain(await res.text());
    expect(page).toContain("devise inconnue");
    expect(page).toContain("Devise inconnue « USD »");
    expect(await count("application_partners", id)).toBe(0);
    expect((await stored(id))?.title).toBe("Projet en dollars US");

    const en = await post(
      `/en/candidatures/${id}/brouillon`,
      bed.alice,
      complete({ budget_0_currency: "USD" }),
    );
    expect(en.status).toBe(422);
    expect(await en.text()).toContain("unknown currency");
  });

  it("refuses a file named .pdf that is not a PDF, saving nothing", async () => {
    const id = await start(bed.alice, "Projet au faux PDF");
    const fake = new TextEncoder().encode("PK\u0003\u0004 not a pdf at all");
    const res = await post(
      `/candidatures/${id}/brouillon`,
      bed.alice,
      complete({
        title: "Changé",
        [`document_${bed.call.requiredDocumentId}`]: pdfFile(fake, "cv.pdf"),
      }),
    );
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toContain("« cv.pdf » n’est pas un PDF lisible");
    expect(await count("application_attachments", id)).toBe(0);
    expect((await stored(id))?.title).toBe("Projet au faux PDF");
    // A file that starts like a PDF but is not one is refused too: the content is parsed.
    const truncated = new TextEncoder().encode("%PDF-1.7\n garbage");
    const again = await post(
      `/candidatures/${id}/brouillon`,
      bed.alice,
      complete({ [`document_${bed.call.requiredDocumentId}`]: pdfFile(truncated) }),
    );
    expect(again.status).toBe(422);
  });
});
