import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config/env.ts";
import { mailTransportFromConfig } from "./transport.ts";

describe("mail settings", () => {
  it("sends nothing by default, from Alliage's no-reply address", () => {
    const config = loadConfig({});
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe("Alliage <no-reply@alliage.invalid>");
    expect(mailTransportFromConfig(config)).toBeUndefined();
  });

  it("builds an SMTP transport from SMTP_URL", () => {
    const transport = mailTransportFromConfig(
      loadConfig({ SMTP_URL: "smtps://u:p@smtp.example.org:465" }),
    );
    expect(transport).toBeDefined();
    transport?.close();
  });

  it("refuses a URL that is not SMTP without repeating it (it may hold a password)", () => {
    let error: unknown;
    try {
      loadConfig({ SMTP_URL: "https://user:s3cret@smtp.example.org" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain("SMTP_URL");
    expect((error as ConfigError).message).not.toContain("s3cret");
  });

  it("refuses a sender that is not one address on one line", () => {
    expect(() => loadConfig({ MAIL_FROM: "Alliage" })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: "A <a@b.org>\r\nBcc: x@y.org" })).toThrow(/MAIL_FROM/);
    expect(loadConfig({ MAIL_FROM: "acces@alliage.example" }).mailFrom).toBe(
      "acces@alliage.example",
    );
  });
});
