import { maxHeaderSize, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemType } from '../problem/problem.exception';

const MALFORMED = {
  type: problemType('malformed-request'),
  title: 'The request is not valid HTTP',
  status: 400,
  detail: 'Check the request line and headers: header values may not hold control characters such as NUL.',
};

/** Node's own answers to these (431, 408) are kept; everything else it cannot parse is a 400. */
const PROBLEMS_BY_CODE: Record<string, typeof MALFORMED> = {
  HPE_HEADER_OVERFLOW: {
    type: problemType('headers-too-large'),
    title: 'The request headers are too large',
    status: 431,
    detail: `All headers together may be at most ${maxHeaderSize / 1024} KB.`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    type: problemType('request-timeout'),
    title: 'The request did not arrive in time',
    status: 408,
    detail: 'Send the whole request again.',
  },
};

/**
 * Requests Node refuses before the app sees them (a NUL or other control character in a header, headers
 * too large, broken framing) are answered as problem+json too, in place of Node's bare status line.
 */
export function answerMalformedRequestsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const problem = PROBLEMS_BY_CODE[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
