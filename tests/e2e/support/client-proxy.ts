import { createServer, request as forward } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

/** An address of this machine's loopback network (127.0.0.0/8) that is not the usual 127.0.0.1. */
export function randomLoopbackAddress(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `127.${octet()}.${octet()}.${octet()}`;
}

/** Headers meant for the proxy itself, not the site. */
const HOP_BY_HOP = ['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive'];

/**
 * A forward proxy for one test client: the browser (or API client) sends it every request and it
 * connects to the site from its own loopback address, so the server sees a real, distinct socket
 * address per client, as it would for people on different machines. Nothing is written into
 * `X-Forwarded-For`: the server under test trusts no proxy, exactly as `npm start` runs.
 */
export async function startClientProxy(localAddress = randomLoopbackAddress()) {
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers,
        localAddress,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // Playwright's API client tunnels even plain HTTP through CONNECT.
  server.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect({ host, port: Number(port), localAddress }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    localAddress,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
