import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "../http/types.ts";
import { formAction, formFile, formText, parseForm } from "./form-action.ts";

const schema = z.object({
  title: formText().pipe(z.string().trim().min(1)),
  note: formText(),
  file: formFile(),
});

function app(run: (data: z.output<typeof schema>) => Promise<unknown>) {
  const hono = new Hono<AppEnv>();
  hono.use((c, next) => {
    c.set("lang", c.req.header("accept-language") === "en" ? "en" : "fr");
    return next();
  });
  hono.post("/", (c) =>
    formAction(c, {
      run: async () => run(await parseForm(c, schema)),
      done: "/fait",
      redraw: (message, status) => c.text(message, status),
    }),
  );
  hono.onError((err, c) => c.text(`fault: ${err.message}`, 500));
  return hono;
}

const post = (hono: Hono<AppEnv>, form: FormData, lang = "fr") =>
  hono.request("/", { method: "POST", body: form, headers: { "accept-language": lang } });

describe("formAction", () => {
  it("parses the form with the schema, runs the action and redirects with 303", async () => {
    let seen: unknown;
    const form = new FormData();
    form.set("title", "  Graphite  ");
    const res = await post(
      app(async (d) => {
        seen = d;
      }),
      form,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/fait");
    expect(seen).toEqual({ title: "Graphite", note: "", file: null });
  });

  it("redraws a refused input with each field's reason in the reader's language", async () => {
    const res = await post(
      app(async () => {}),
      new FormData(),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Champ obligatoire.");
    const en = await post(
      app(async () => {}),
      new FormData(),
      "en",
    );
    expect(await en.text()).toContain("Required field.");
  });

  it("redraws a refusal of the action at its status, and lets a fault through", async () => {
    const form = new FormData();
    form.set("title", "x");
    const refused = await post(
      app(async () => {
        throw fail("not_found");
      }),
      form,
    );
    expect(refused.status).toBe(404);
    const broken = await post(
      app(async () => {
        throw new Error("disk");
      }),
      form,
    );
    expect(broken.status).toBe(500);
    expect(await broken.text()).toBe("fault: disk");
  });

  it("keeps the error page for the statuses asked, and hands the refusal to redraw", async () => {
    const form = new FormData();
    form.set("title", "x");
    const kept = new Hono<AppEnv>();
    kept.use((c, next) => {
      c.set("lang", "fr");
      return next();
    });
    kept.post("/", (c) =>
      formAction(c, {
        run: async () => {
          throw fail("not_found");
        },
        done: "/fait",
        redraw: (_m, _s, refusal) => c.text(refusal.id, 422),
        keepPage: [404],
      }),
    );
    kept.onError((err, c) => c.text(`page: ${err.message}`, 404));
    const res = await kept.request("/", { method: "POST", body: form });
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/^page: /);
    const redrawn = await post(
      app(async () => {
        throw fail("validation_failed");
      }),
      form,
    );
    expect(redrawn.status).toBe(422);
  });
});
