import type archiver from "archiver";
import { onFirstUse } from "../../platform/first-use.ts";

const archiverPackage = onFirstUse<typeof archiver>("archiver");

/**
 * A ZIP of the given entries, built in memory: a call's pack (about 50 applications of a few
 * PDFs) fits, and a failure then shows as an error page rather than a truncated download. The
 * entries come one at a time, so the caller reads one application's files at a time.
 */
export async function zipOf(
  entries: AsyncIterable<{ name: string; content: Uint8Array }>,
): Promise<Uint8Array> {
  // PDFs are compressed already: storing them saves the time of deflating them again.
  const archive = archiverPackage()("zip", { store: true });
  const chunks: Buffer[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    archive.on("data", (chunk: Buffer) => chunks.push(chunk));
    archive.on("end", resolve);
    archive.on("error", reject);
    archive.on("warning", reject);
  });
  // Awaited below; this only keeps a failure while entries are still coming from being unhandled.
  finished.catch(() => undefined);
  for await (const entry of entries) {
    const { buffer, byteOffset, byteLength } = entry.content;
    // A view on the same bytes, not a copy: a pack holds every attachment of the call.
    archive.append(Buffer.from(buffer, byteOffset, byteLength), { name: entry.name });
  }
  await archive.finalize();
  await finished;
  return Buffer.concat(chunks);
}
