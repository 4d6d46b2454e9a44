import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OidcProvider, oidcProvidersFrom } from "../../config/oidc.ts";
import { freePort } from "../../testing/free-port.ts";
import { serverMetadata } from "./client.ts";
import { startTestProvider, type TestProvider } from "./test-provider.ts";

const configured = (env: Record<string, string>): OidcProvider => {
  const [provider] = oidcProvidersFrom(env).providers;
  if (!provider) throw new Error("test provider misconfigured");
  return provider;
};

describe("issuer discovery", () => {
  let op: TestProvider;
  beforeAll(async () => {
    op = await startTestProvider({ accounts: [], redirectUris: ["http://localhost/x"] });
  });
  afterAll(() => op?.stop());

  it("discovers at first use, then keeps the metadata", async () => {
    const provider = configured(op.env("essai"));
    const first = serverMetadata(provider);
    expect(serverMetadata(provider)).toBe(first);
    expect((await first).issuer).toBe(op.issuer);
    expect((await first).end_session_endpoint).toBe(`${op.issuer}/session/end`);
  });

  it("forgets a failed discovery, so that the next sign-in tries again", async () => {
    const provider = configured(
      op.env("panne", { issuer: `http://127.0.0.1:${await freePort()}` }),
    );
    const failed = serverMetadata(provider);
    await expect(failed).rejects.toThrow();
    expect(serverMetadata(provider)).not.toBe(failed);
    await expect(serverMetadata(provider)).rejects.toThrow();
  });
});
