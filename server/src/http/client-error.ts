import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before Express sees them – a NUL or another control character in
 * a header (If-Match, X-CSRF-Token, a cookie), headers too large – answered with problem+json like
 * every other 4xx, instead of Node's bare "400 Bad Request".
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      type: 'about:blank',
      title: tooLarge ? 'Intestazioni troppo grandi / Request header fields too large' : 'Richiesta non valida / Bad request',
      status,
      detail: tooLarge ? 'The request headers are too large.' : 'The request is not valid HTTP, e.g. a control character in a header.',
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
