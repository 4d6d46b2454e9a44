import { startServer } from "../platform/server.ts";
import type { Subcommand } from "./context.ts";

/** alliage serve: runs until SIGINT or SIGTERM. */
export const serveCommand: Subcommand = async (ctx) => {
  const { stop } = await startServer(ctx.config);
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off("SIGINT", shutdown);
      process.off("SIGTERM", shutdown);
      stop().then(resolve, resolve);
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  });
  return 0;
};
