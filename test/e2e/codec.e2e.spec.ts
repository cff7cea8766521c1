import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { journeyWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { JourneyClient } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const text = (encoded: string) => Buffer.from(encoded, 'base64').toString('utf8');

describe('The codec endpoint operators read histories through', () => {
  let stack: TestStack;

  const decode = (member: { token: string }, body: object) =>
    stack.http.post('/api/v1/admin/codec/decode').set('Authorization', `Bearer ${member.token}`).send(body);

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(() => stack.close());

  it("should decrypt a journey's history as Temporal stores it, for an administrator only", async () => {
    const participantId = await new JourneyClient(stack.http).refer();
    const history = await stack.api.get(Client).workflow.getHandle(journeyWorkflowId(participantId)).fetchHistory();
    const [stored] = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    // What the CLI and the Web UI send: the stored payload, bytes as base64.
    const sealed = {
      metadata: Object.fromEntries(Object.entries(stored.metadata ?? {}).map(([key, value]) => [key, base64(value)])),
      data: base64(stored.data ?? new Uint8Array()),
    };
    expect(text(sealed.metadata.encoding)).toBe('binary/encrypted');
    expect(text(sealed.data)).not.toContain(participantId);

    const [readable] = (await decode(staff.administrator, { payloads: [sealed] }).expect(200)).body.payloads;
    expect(text(readable.metadata.encoding)).toBe('json/plain');
    expect(JSON.parse(text(readable.data))).toMatchObject({ participantId });

    for (const member of [staff.coordinator, staff.igLead, staff.programmeLead]) {
      await decode(member, { payloads: [sealed] }).expect(403);
    }
  });

  it('should give back what is not encrypted as it came, and refuse what this key did not encrypt', async () => {
    const plain = { metadata: { encoding: base64('json/plain') }, data: base64('{"stage":"referred"}') };
    expect((await decode(staff.administrator, { payloads: [plain] }).expect(200)).body).toEqual({ payloads: [plain] });

    const forged = { metadata: { encoding: base64('binary/encrypted') }, data: base64('not sealed with our key') };
    const refused = await decode(staff.administrator, { payloads: [plain, forged] }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'payloads[1].data', reason: "cannot be decrypted with this deployment's payload key" },
    ]);

    const malformed = await decode(staff.administrator, { payloads: [{ metadata: { encoding: '%%' } }] }).expect(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'payloads[0].metadata' })]);
  });
});

describe("The codec endpoint, called from the Temporal Web UI's origin in a real browser", () => {
  let stack: TestStack;
  let browser: Browser;
  let apiUrl: string;
  let webUi: Server;
  let otherSite: Server;
  const savedOrigins = process.env.CODEC_CORS_ORIGINS;

  /** A blank page served from its own origin, standing in for the Web UI's (or another site's). */
  async function servePage(): Promise<Server> {
    const server = createServer((_request, response) => response.end('<!doctype html><title>page</title>'));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    return server;
  }
  const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** What the page's script gets back from the API: the status it could read, or the browser's refusal. */
  async function fetchFrom(pageServer: Server, path: string, init: { method: string; body?: string }) {
    const page = await browser.newPage();
    try {
      await page.goto(originOf(pageServer));
      return await page.evaluate(
        async ({ url, init, token }) => {
          try {
            const headers = {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'X-Namespace': 'default',
            };
            const response = await fetch(url, { ...init, headers });
            return { status: response.status, body: await response.json() };
          } catch (refused) {
            return { refused: String(refused) };
          }
        },
        { url: `${apiUrl}${path}`, init, token: staff.administrator.token },
      );
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    [webUi, otherSite] = await Promise.all([servePage(), servePage()]);
    process.env.CODEC_CORS_ORIGINS = originOf(webUi);
    stack = await startTestStack({ worker: false });
    await stack.api.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await stack.close();
    webUi.close();
    otherSite.close();
    if (savedOrigins === undefined) delete process.env.CODEC_CORS_ORIGINS;
    else process.env.CODEC_CORS_ORIGINS = savedOrigins;
  });

  const plain = { metadata: { encoding: base64('json/plain') }, data: base64('{"stage":"referred"}') };
  const decodeCall = { method: 'POST', body: JSON.stringify({ payloads: [plain] }) };

  it("should answer the configured UI's decode call, its bearer token passed through the preflight", async () => {
    expect(await fetchFrom(webUi, '/api/v1/admin/codec/decode', decodeCall)).toEqual({
      status: 200,
      body: { payloads: [plain] },
    });
  });

  it('should leave the browser to refuse another origin, and every other route to every origin', async () => {
    expect(await fetchFrom(otherSite, '/api/v1/admin/codec/decode', decodeCall)).toEqual({
      refused: expect.stringContaining('Failed to fetch'),
    });
    expect(await fetchFrom(webUi, '/api/v1/participants', { method: 'GET' })).toEqual({
      refused: expect.stringContaining('Failed to fetch'),
    });
  });
});
