import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./attachment.ts";

describe("attachmentDisposition", () => {
  it("keeps accents in filename* and gives an ASCII fallback", () => {
    expect(attachmentDisposition("carte géologique (v2).svg")).toBe(
      "attachment; filename=\"carte geologique (v2).svg\"; filename*=UTF-8''carte%20g%C3%A9ologique%20%28v2%29.svg",
    );
  });

  it("cannot be broken out of by a quote, a backslash or a line break", () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});
