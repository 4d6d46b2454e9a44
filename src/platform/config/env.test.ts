import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env.ts";

describe("loadConfig", () => {
  it("works with nothing set: embedded database in ./.alliage, port 3000", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve(".alliage"));
    expect(c.cliLang).toBe("fr");
  });

  it("names every invalid setting, in both languages", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SESSION_TTL_HOURS: "-1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain("Configuration invalide / Invalid configuration");
    expect(message).toContain("PORT");
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("SESSION_TTL_HOURS");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).port).toBe(3000);
  });

  it("speaks English on the command line when the locale is English", () => {
    expect(loadConfig({ LANG: "en_CA.UTF-8" }).cliLang).toBe("en");
  });
});
