import { startServer } from "../app/server.ts";
import type { CliContext } from "./context.ts";
import { cliOverAdminSocket, type RunCli } from "./forward.ts";

/**
 * alliage serve: runs until SIGINT or SIGTERM. On the embedded database it also runs the CLI's
 * data commands for other processes (runCli is the CLI itself, handed in to avoid a cycle).
 */
export const serveCommand = async (ctx: CliContext, runCli: RunCli): Promise<number> => {
  const { stop } = await startServer(ctx.config, {
    admin: (db) => cliOverAdminSocket(runCli, db),
  });
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
