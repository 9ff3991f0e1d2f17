import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** The answer in `bytes` once it is whole (by its Content-Length, or the socket's end), else null. */
function wholeAnswer(bytes: Buffer, ended = false): RawAnswer | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = bytes.subarray(0, end).toString('utf8');
  const length = Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? NaN);
  const body = bytes.subarray(end + 4);
  if (!ended && (!Number.isFinite(length) || body.length < length)) return null;
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  return {
    status,
    head,
    body: body.subarray(0, Number.isFinite(length) ? length : undefined).toString('utf8'),
  };
}

/**
 * Sends a request by hand over a socket, as no HTTP client would: a head that declares one body
 * and then `body` (which may be shorter, or chunks), and reads the answer, which must come whole
 * while the rest of the declared body is still unsent. A server that waited for the whole body
 * would time out here.
 */
export function rawRequest(base: string, head: string[], body: Buffer | Buffer[]): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('The server kept reading instead of answering'));
    }, 4_000);
    const settle = (answer: RawAnswer | null) => {
      if (!answer) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      settle(wholeAnswer(Buffer.concat(chunks)));
    });
    // An answer without a length (Node's own 431) ends with the connection.
    socket.on('end', () => settle(wholeAnswer(Buffer.concat(chunks), true)));
    // The server may close while we still write: what it answered is what counts.
    socket.on('error', () => {});
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    for (const part of Array.isArray(body) ? body : [body]) socket.write(part);
  });
}
