import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSeededCopy } from '../support/seeded-site';
import type { RunningSite } from '../support/site';

/**
 * SIGTERM (a deploy, an orchestrator) stops the server gracefully: it takes no new connection, the
 * request in flight gets its answer, and only then does the process exit.
 */
let site: RunningSite;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ site, stop } = await serveSeededCopy());
}, 180_000);
afterAll(() => stop());

/** Everything the server sends on `socket` until it closes it. */
function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
  });
}

/** Whether a new connection to `port` is taken (a raw one: fetch would reuse a kept-alive socket). */
function takesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(port, '127.0.0.1');
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

describe('a graceful shutdown', () => {
  it('answers the request in flight, refuses new connections, then exits', async () => {
    const { port } = new URL(site.url);
    const body = 'email=ai%40vi.du&password=khong-dung-dau';
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const answer = readAll(socket);
    // A form sent to an action, which reads the whole body before it answers: its headers are
    // in, its body is not, so the request is in flight.
    socket.write(
      `POST /_actions/signIn HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${site.url}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n` +
        `Connection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    let exited = false;
    const stopped = site.stop().then(() => (exited = true));
    // No new connection is taken once the signal is handled: asked until then, as a server still
    // busy with its start (the directory's snapshot) handles the signal a little later.
    await expect.poll(() => takesConnections(Number(port)), { timeout: 15_000 }).toBe(false);
    expect(exited).toBe(false);

    socket.write(body.slice(10));
    expect(await answer).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
    await stopped;
    expect(exited).toBe(true);
  }, 60_000);
});
