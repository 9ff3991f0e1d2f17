import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddressOf } from '@/lib/server/net/client-address';
import * as clock from '@/lib/server/clock';
import type { ReachCounter } from '@/lib/server/reach/counter';
import { countableView } from '@/lib/reach/countable';

/**
 * Counts an answer toward reach once it is sent. Here, in the server entry, every answer passes:
 * pages from the route cache (which Astro serves before any middleware runs), prerendered
 * articles and the branch materials' PDFs (static files), and pages rendered for signed-in people.
 * Counting happens after the answer is sent: the page never waits for it.
 */
export function countReachOnFinish(
  req: IncomingMessage,
  res: ServerResponse,
  counter: ReachCounter,
  trustedProxies: number,
): void {
  res.once('finish', () => {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    const contentType = res.getHeader('content-type');
    const view = countableView({
      method: req.method ?? '',
      path: (req.url ?? '/').split('?')[0]!,
      status: res.statusCode,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      userAgent: header('user-agent'),
      header,
    });
    if (!view) return;
    const address = clientAddressOf(
      req.socket.remoteAddress ?? '',
      header('x-forwarded-for') ?? null,
      trustedProxies,
    );
    counter.record({
      kind: view.kind,
      ...(view.kind === 'download' ? { file: view.file } : {}),
      address,
      userAgent: header('user-agent') ?? '',
      at: clock.now(),
    });
  });
}
