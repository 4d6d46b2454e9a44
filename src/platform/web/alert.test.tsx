import { describe, expect, it } from "vitest";
import { Alert } from "./alert.tsx";
import { Csrf } from "./csrf-field.tsx";

const html = async (el: unknown) => String(await el);

describe("Alert", () => {
  it("announces an error at once", async () => {
    expect(await html(<Alert kind="error">Échec</Alert>)).toBe(
      '<div class="alert error" role="alert">Échec</div>',
    );
  });

  it("announces success and information politely", async () => {
    expect(await html(<Alert kind="success">Enregistré</Alert>)).toBe(
      '<div class="alert success" role="status">Enregistré</div>',
    );
    expect(await html(<Alert kind="info">À savoir</Alert>)).toBe(
      '<div class="alert info" role="status">À savoir</div>',
    );
  });

  it("draws a note in the neutral look, not announced", async () => {
    expect(
      await html(
        <Alert kind="note" as="p">
          Données en cours de chargement
        </Alert>,
      ),
    ).toBe('<p class="alert" role="note">Données en cours de chargement</p>');
  });

  it("can be drawn as a paragraph", async () => {
    expect(
      await html(
        <Alert kind="success" as="p">
          Reçu
        </Alert>,
      ),
    ).toBe('<p class="alert success" role="status">Reçu</p>');
  });

  it("escapes the user's text", async () => {
    const out = await html(<Alert kind="error">{'<script>alert("x")</script> & co'}</Alert>);
    expect(out).toBe(
      '<div class="alert error" role="alert">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</div>',
    );
    expect(out).not.toContain("<script>");
  });
});

describe("Csrf", () => {
  it("is a hidden _csrf input, its token escaped", async () => {
    expect(await html(<Csrf token={'a"b'} />)).toBe(
      '<input type="hidden" name="_csrf" value="a&quot;b"/>',
    );
  });
});
