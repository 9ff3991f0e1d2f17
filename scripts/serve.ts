/**
 * The production server (`npm start`, after `scripts/prepare.ts`). It runs the Node adapter in
 * middleware mode so that it can give the app what only the socket knows: the connection's address,
 * which per-IP limits and the outbox rule need and no header may forge, and a request id for the
 * log. It serves the static files itself with the same security headers as pages, answers the route
 * cache's busiest pages without Astro (`serve/ready-answers.ts`), compresses text answers (brotli or
 * gzip, as the client accepts), starts the
 * background work (purge, photo sweep, mail sender, search relay) and shuts down gracefully on
 * SIGTERM or SIGINT: it stops taking connections and lets requests in flight finish.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { ConfigError, getConfig, listeningSiteUrl } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { checkDatabase, describeDatabaseFailure } from '@/lib/server/db-startup';
import { startBackgroundWork } from '@/lib/server/background';
import { logUnhandledError, newRequestId } from '@/lib/server/http/request-log';
import { securityHeadersFor } from '@/lib/server/http/security-headers';
import { startReachCounter } from '@/lib/server/reach/counter';
import { refuseOversizedBody } from './serve/body-limit';
import { compressAnswer } from './serve/compression';
import { answerOneClickUnsubscribe } from './serve/one-click-unsubscribe';
import { countReachOnFinish } from './serve/reach';
import { createReadyAnswers } from './serve/ready-answers';
import { createStaticFiles } from './serve/static-files';

type AstroHandler = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  next: undefined,
  locals: Partial<App.Locals>,
) => Promise<void>;

async function main() {
  const config = getConfig();
  try {
    await checkDatabase(getDb());
  } catch (error) {
    console.error(describeDatabaseFailure(config.databaseUrl, error));
    process.exit(1);
  }
  const entry = pathToFileURL(join(process.cwd(), 'dist/server/entry.mjs')).href;
  const { handler } = (await import(entry)) as { handler: AstroHandler };
  const serveStatic = createStaticFiles(join(process.cwd(), 'dist/client'));
  const headers = securityHeadersFor(config);
  const reach = startReachCounter(getDb(), config.publicSiteUrl.host);
  // The busiest pages of the route cache, answered here without Astro's pipeline (16 MB at most).
  const readyAnswers = createReadyAnswers(getDb(), { maxBytes: 16 * 1024 * 1024 });

  const server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const requestId = newRequestId();
    res.setHeader('X-Request-Id', requestId);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (refuseOversizedBody(req, res)) return;
    countReachOnFinish(req, res, reach, config.trustedProxies);
    compressAnswer(req, res);
    try {
      if (await serveStatic(req, res)) return;
      if (await readyAnswers.answer(req, res)) return;
      if (await answerOneClickUnsubscribe(req, res, getDb())) return;
      readyAnswers.keep(req, res);
      await handler(req, res, undefined, {
        requestId,
        socketAddress: req.socket.remoteAddress ?? '',
        siteUrl: config.publicSiteUrl,
      });
    } catch (error) {
      if (res.statusCode === 413) return; // refused while the app read it (refuseOversizedBody)
      logUnhandledError(requestId, new Request(new URL(req.url ?? '/', config.publicSiteUrl)), error);
      if (!res.headersSent) res.writeHead(500).end();
    }
  }
  server.on('error', (error) => {
    console.error(
      `Cannot listen on ${config.host}:${config.port}: ${error.message}. Set HOST and PORT to a free address.`,
    );
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    // Without PUBLIC_SITE_URL, links name the port the server really got (PORT=0 picks a free one).
    // The app reads it from locals: its bundle holds its own copy of the config module.
    if (!config.publicSiteUrlGiven) config.publicSiteUrl = listeningSiteUrl(config.host, port);
    console.log(`Serving on http://${config.host}:${port} (public address ${config.publicSiteUrl.origin})`);
  });
  const stopBackgroundWork = await startBackgroundWork(getDb());
  const shutDown = () => {
    stopBackgroundWork();
    // What the reach counter still holds is written once the last requests are answered.
    server.close(() => void reach.stop().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}

main().catch((error: unknown) => {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
});
