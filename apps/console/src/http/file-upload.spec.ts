import express, { type Request, type Response } from 'express';
import request from 'supertest';
import { fileUpload, MAX_UPLOAD_BYTES, UPLOAD_REFUSAL } from './file-upload';

/** An app that answers with what the middleware left for the page: the fields, the file, any refusal. */
function appWithUpload({ signedIn = true } = {}) {
  const app = express();
  // The session as the session store would give it: a user whose token still works, or no one.
  app.use((req: Request, _res: Response, next: () => void) => {
    const user = { staffId: 'coordinator-a', accessTokenExpiresAt: Date.now() + 60_000 };
    Object.assign(req, { session: signedIn ? { user } : {} });
    next();
  });
  app.use(express.urlencoded({ extended: true }));
  app.use('/upload', fileUpload());
  app.post('/upload', (req: Request, res: Response) => {
    res.json({ body: req.body, fileBytes: req.file?.size ?? null, refusal: res.locals[UPLOAD_REFUSAL] ?? null });
  });
  return app;
}

describe(fileUpload.name, () => {
  it('should give the form its hidden fields and the file in memory', async () => {
    const answer = await request(appWithUpload())
      .post('/upload')
      .field('_csrf', 'token-1')
      .field('idempotencyKey', 'key-1')
      .attach('file', Buffer.from('plan_item_id,amount_pence\n'), 'spend.csv')
      .expect(200);
    expect(answer.body).toEqual({ body: { _csrf: 'token-1', idempotencyKey: 'key-1' }, fileBytes: 26, refusal: null });
  });

  it('should go on without the file, saying why, when it is bigger than the limit', async () => {
    const answer = await request(appWithUpload())
      .post('/upload')
      .field('_csrf', 'token-1')
      .attach('file', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'), 'spend.csv')
      .expect(200);
    expect(answer.body).toMatchObject({ body: { _csrf: 'token-1' }, fileBytes: null, refusal: 'LIMIT_FILE_SIZE' });
  });

  it('should not read an upload from anyone not signed in, leaving the form for CSRF protection to refuse', async () => {
    const answer = await request(appWithUpload({ signedIn: false }))
      .post('/upload')
      .field('_csrf', 'token-1')
      .attach('file', Buffer.from('plan_item_id,amount_pence\n'), 'spend.csv')
      .expect(200);
    expect(answer.body).toEqual({ fileBytes: null, refusal: null });
  });

  it('should leave a form that is not multipart to the form parser', async () => {
    const answer = await request(appWithUpload()).post('/upload').type('form').send({ _csrf: 'token-1' }).expect(200);
    expect(answer.body).toEqual({ body: { _csrf: 'token-1' }, fileBytes: null, refusal: null });
  });
});
