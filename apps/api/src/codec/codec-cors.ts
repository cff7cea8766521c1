import type { CorsOptions, CorsOptionsDelegate } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { Request } from 'express';

/** Where the codec answers; the Web UI calls `<endpoint>/decode`. */
export const CODEC_PATH = '/api/v1/admin/codec';

/**
 * The Temporal Web UI decodes a history from the operator's browser, so the codec, and nothing else
 * in the API, answers cross-origin calls from the configured UI origins. The UI passes the
 * operator's access token as a bearer header (no cookies), so credentials stay off.
 */
export function codecCors(origins: readonly string[]): CorsOptionsDelegate<Request> {
  const codecOptions: CorsOptions = {
    origin: [...origins],
    methods: ['POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Namespace'],
    maxAge: 600,
  };
  return (request, answer) =>
    answer(null, origins.length && request.path.startsWith(`${CODEC_PATH}/`) ? codecOptions : { origin: false });
}
