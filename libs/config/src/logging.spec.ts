import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoOptions } from './logging';

/** A pino logger with the engine's options, writing into an array of parsed lines. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino(pinoOptions({ logLevel: 'info' }), stream), lines };
}

describe(pinoOptions.name, () => {
  it('should write lines shaped as the JSON console logger wrote them', () => {
    const { logger, lines } = capturingLogger();

    logger.info({ context: 'ParticipantsService' }, 'referral accepted');

    expect(lines[0]).toMatchObject({ level: 'log', message: 'referral accepted', context: 'ParticipantsService' });
    expect(typeof lines[0].timestamp).toBe('number');
    expect(lines[0].pid).toBe(process.pid);
  });

  it('should redact personal fields wherever a logged object carries them', () => {
    const { logger, lines } = capturingLogger();

    logger.error({
      nhsNumber: '9434765919',
      params: { dateOfBirth: '1950-03-14', person: { givenName: 'Siân', familyName: 'Jones', postcode: 'LS1 4AP' } },
      participantId: 'p-1',
    });

    const written = JSON.stringify(lines[0]);
    for (const value of ['9434765919', '1950-03-14', 'Siân', 'Jones', 'LS1 4AP']) expect(written).not.toContain(value);
    expect(lines[0]).toMatchObject({ nhsNumber: '[Redacted]', participantId: 'p-1' });
  });

  it("should log a request's id, method and path, never its headers or query", () => {
    const { logger, lines } = capturingLogger();
    const req = {
      id: 'req-1',
      method: 'GET',
      url: '/api/v1/people?name=Jones',
      headers: { authorization: 'Bearer secret' },
    };

    logger.info({ req, res: { statusCode: 200, headers: { 'set-cookie': 'session' } } }, 'request completed');

    expect(lines[0]).toMatchObject({
      req: { id: 'req-1', method: 'GET', path: '/api/v1/people' },
      res: { statusCode: 200 },
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/Jones|secret|session/);
  });
});
