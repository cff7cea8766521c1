import { ProblemException, problemType } from '../problem/problem.exception';

/** The fields of a body-parser (http-errors) error that say what was wrong with the body. */
interface BodyReadError {
  type: string;
  limit?: number;
  length?: number;
}

const isBodyReadError = (cause: unknown): cause is BodyReadError =>
  typeof cause === 'object' && cause !== null && typeof (cause as { type?: unknown }).type === 'string';

export const noSuchPath = () =>
  new ProblemException({ type: problemType('not-found'), title: 'Nothing is served at this path', status: 404 });

export const methodNotAllowed = (method: string, allowed: readonly string[]) =>
  new ProblemException({
    type: problemType('method-not-allowed'),
    title: 'This path does not take that method',
    status: 405,
    detail: `${method} is not supported here; use ${allowed.join(', ')}.`,
    allowedMethods: allowed,
  });

export const unsupportedMediaType = (contentType: string | undefined, accepted: readonly string[]) =>
  new ProblemException({
    type: problemType('unsupported-media-type'),
    title: 'This content type is not accepted here',
    status: 415,
    detail: contentType
      ? `Send the body as ${accepted.join(' or ')}, not ${contentType}.`
      : `The request has a body but no Content-Type; send it as ${accepted.join(' or ')} and say so.`,
    acceptedMediaTypes: accepted,
  });

export const bodyTooDeeplyNested = (maxDepth: number) =>
  new ProblemException({
    type: problemType('body-too-deeply-nested'),
    title: 'The body nests too deeply',
    status: 400,
    detail: `Objects and arrays may nest at most ${maxDepth} levels deep, the body itself included.`,
    maxDepth,
  });

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;

/**
 * What a person can do about a path or body Express could not read (the cause of the error Nest
 * made of it), in place of the parser's own message; undefined for any other cause.
 */
export function requestReadProblem(cause: unknown): ProblemException | undefined {
  if (cause instanceof URIError) {
    return new ProblemException({
      type: problemType('malformed-path'),
      title: 'The path is not correctly encoded',
      status: 400,
      detail: 'A % in the path must start a percent-encoded UTF-8 character, such as %20 for a space.',
    });
  }
  if (!isBodyReadError(cause)) return undefined;
  const error = cause;
  switch (error.type) {
    case 'entity.parse.failed':
      return new ProblemException({
        type: problemType('malformed-json'),
        title: 'The body is not valid JSON',
        status: 400,
        detail:
          'The body must be a JSON object such as {"name": "value"}: check the quotes around names and text, ' +
          'the commas between fields (none after the last) and that every bracket is closed.',
      });
    case 'entity.too.large':
      return new ProblemException({
        type: problemType('payload-too-large'),
        title: 'The body is too large',
        status: 413,
        detail:
          `This endpoint takes at most ${kilobytes(error.limit ?? 0)}` +
          (error.length ? `; the body was ${kilobytes(error.length)}.` : '.'),
        limitBytes: error.limit,
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ProblemException({
        type: problemType('unsupported-media-type'),
        title: 'This content type is not accepted here',
        status: 415,
        detail: 'Send the body as UTF-8 text without a Content-Encoding (such as gzip).',
      });
    case 'request.aborted':
    case 'request.size.invalid':
      return new ProblemException({
        type: problemType('incomplete-body'),
        title: 'The body did not arrive whole',
        status: 400,
        detail: 'The body was shorter than its Content-Length; send the request again.',
      });
    default:
      return undefined;
  }
}
