import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { signedInUser } from '../auth/signed-in.decorator';

/** The field a file upload form sends its file in. */
export const UPLOAD_FILE_FIELD = 'file';

/** The API takes a spend upload of at most 5 MB; a bigger file is refused here, before it is sent on. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Why an upload was not read, for the page to say: too big, or more than one file. */
export const UPLOAD_REFUSAL = 'uploadRefusal';

/**
 * Reads a multipart form (one file kept in memory, its hidden fields as the body) on the paths that
 * take a file, before CSRF protection, which needs the form's token from the body. A file beyond
 * the limit is not an error page: the request goes on with `response.locals.uploadRefusal` set.
 * Only a signed-in session's upload is read, so no one else can make the console hold 5 MB.
 */
export function fileUpload(): RequestHandler {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
  }).single(UPLOAD_FILE_FIELD);
  return (request: Request, response: Response, next: NextFunction) => {
    // No one signed in: the file is never read, and CSRF protection then refuses the form unread.
    if (!request.is('multipart/form-data') || !signedInUser(request)) return next();
    single(request, response, (error: unknown) => {
      if (!(error instanceof multer.MulterError)) return next(error);
      response.locals[UPLOAD_REFUSAL] = error.code;
      request.body ??= {};
      next();
    });
  };
}
