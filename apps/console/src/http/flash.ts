import type { Request } from 'express';

/** The one-time message a step left for the page it redirected to (a step recorded, a setting saved), used up. */
export function takeFlash(request: Request): string | undefined {
  const flash = request.session.flash;
  delete request.session.flash;
  return flash;
}
