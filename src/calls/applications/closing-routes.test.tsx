import { describe, expect, it } from "vitest";
import { applicationsBed, DURING, LATE, plain } from "./test-helpers.ts";

describe("applications at the closing time", () => {
  const { bed, get, post, start, stored, complete } = applicationsBed();

  it("refuses a submission after the closing time by the server's clock (409)", async () => {
    const id = await start(bed.alice, "Projet en retard");
    bed.now = LATE;
    try {
      const res = await post(`/candidatures/${id}/depot`, bed.alice, complete());
      expect(res.status).toBe(409);
      const page = plain(await res.text());
      expect(page).toContain("est clos depuis le 31 mars 2026, 17 h 00 (heure du Québec)");
      expect(page).toContain("31 mars 2026, 23 h 00 (heure de Paris)");
      expect(await stored(id)).toMatchObject({ status: "draft", reference: null });
    } finally {
      bed.now = DURING;
    }
  });

  it("says a closed call takes no new application, before and after the form", async () => {
    bed.now = LATE;
    try {
      const page = await get(`/appels/${bed.call.code}/candidater`, bed.alice);
      expect(page.status).toBe(409);
      const html = plain(await page.text());
      expect(html).toContain("aucune candidature ne peut plus y être créée");
      expect(html).not.toContain('name="title"');
      const res = await post(`/appels/${bed.call.code}/candidater`, bed.alice, {
        title: "Trop tard",
        language: "fr",
      });
      expect(res.status).toBe(409);
      const [row] = await bed.t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM applications WHERE title = 'Trop tard'`,
      );
      expect(row?.n).toBe(0);
    } finally {
      bed.now = DURING;
    }
  });

  it("withdraws before the closing time after a confirmation, and refuses after", async () => {
    const early = await start(bed.alice, "Retrait à temps");
    const late = await start(bed.alice, "Retrait tardif");
    for (const id of [early, late]) {
      expect((await post(`/candidatures/${id}/depot`, bed.alice, complete())).status).toBe(303);
    }
    const confirm = await get(`/candidatures/${early}/retrait`, bed.alice);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("ce retrait est définitif");
    expect((await post(`/candidatures/${early}/retrait`, bed.alice, {})).status).toBe(303);
    expect((await stored(early))?.status).toBe("withdrawn");
    const [audit] = await bed.t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'calls.application.withdraw'`,
    );
    expect(audit?.n).toBe(1);

    bed.now = LATE;
    try {
      const res = await post(`/candidatures/${late}/retrait`, bed.alice, {});
      expect(res.status).toBe(409);
      expect(await res.text()).toContain("ne peut plus être retirée après la clôture");
      expect((await stored(late))?.status).toBe("submitted");
    } finally {
      bed.now = DURING;
    }
  });
});
