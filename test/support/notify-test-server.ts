import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type NotificationType = 'email' | 'sms' | 'letter';

export interface ReceivedNotification {
  id: string;
  type: NotificationType;
  reference?: string;
  templateId: string;
  recipient: string;
  personalisation: Record<string, string>;
  receivedAt: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  type?: NotificationType;
  reference?: string;
  recipient?: string;
  status: number;
  at: number;
}

interface NotifyRequestBody {
  template_id?: string;
  email_address?: string;
  phone_number?: string;
  reference?: string;
  personalisation?: Record<string, string>;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

/**
 * A local stand-in for the GOV.UK Notify API endpoints the engine uses, so tests exercise the real
 * notifications-node-client: POST /v2/notifications/{email,sms,letter} and GET /v2/notifications
 * (by reference). It checks the client's JWT (HS256 with the API key's secret, issued by its service
 * id), records every request and every notification it accepted, and can be told to answer a
 * recipient with errors first, or to answer slowly. A notification counts as accepted as soon as its
 * request has arrived, before any delay: as with the real service, a client that dies waiting for the
 * answer has still sent it.
 */
export class NotifyTestServer {
  readonly serviceId = randomUUID();
  private readonly secret = randomUUID();
  readonly apiKey = `ipc_test-${this.serviceId}-${this.secret}`;
  readonly requests: ReceivedRequest[] = [];
  readonly accepted: ReceivedNotification[] = [];
  /** Milliseconds to wait before answering each POST. */
  responseDelayMs = 0;
  private readonly scripted = new Map<string, number[]>();
  private readonly server: Server;
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor() {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<NotifyTestServer> {
    const notify = new NotifyTestServer();
    notify.server.listen(0, '127.0.0.1');
    await once(notify.server, 'listening');
    return notify;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next POSTs to this recipient (email, phone or first address line) answer these statuses, in order. */
  script(recipient: string, statuses: number[]): void {
    this.scripted.set(recipient, [...statuses]);
  }

  postsFor(reference: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.method === 'POST' && request.reference === reference);
  }

  lookupsFor(reference: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.method === 'GET' && request.reference === reference);
  }

  acceptedFor(reference: string): ReceivedNotification[] {
    return this.accepted.filter((notification) => notification.reference === reference);
  }

  reset(): void {
    this.requests.length = 0;
    this.accepted.length = 0;
    this.scripted.clear();
    this.responseDelayMs = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const body = await readBody(request);
    const at = Date.now();
    if (!this.authorised(request.headers.authorization)) {
      this.requests.push({ method: request.method ?? '', path: url.pathname, status: 403, at });
      return send(response, 403, notifyError(403, 'AuthError', 'Invalid token: signature, api token not found'));
    }
    const type = /^\/v2\/notifications\/(email|sms|letter)$/.exec(url.pathname)?.[1] as NotificationType | undefined;
    if (request.method === 'POST' && type) return this.notification(type, parseJson(body), response, url.pathname, at);
    if (request.method === 'GET' && url.pathname === '/v2/notifications') {
      const reference = url.searchParams.get('reference') ?? undefined;
      this.requests.push({ method: 'GET', path: url.pathname, reference, status: 200, at });
      const notifications = this.accepted
        .filter((notification) => !reference || notification.reference === reference)
        .map((notification) => notificationResource(notification));
      return send(response, 200, { notifications, links: { current: `${this.url}${url.pathname}${url.search}` } });
    }
    this.requests.push({ method: request.method ?? '', path: url.pathname, status: 404, at });
    return send(response, 404, notifyError(404, 'NotFound', 'Not found'));
  }

  private async notification(
    type: NotificationType,
    body: NotifyRequestBody,
    response: ServerResponse,
    path: string,
    at: number,
  ): Promise<void> {
    const personalisation = body.personalisation ?? {};
    const recipient =
      (type === 'email' ? body.email_address : type === 'sms' ? body.phone_number : personalisation.address_line_1) ??
      '';
    const invalid = invalidRequest(type, body);
    const status = invalid ? 400 : (this.scripted.get(recipient)?.shift() ?? 201);
    this.requests.push({ method: 'POST', path, type, reference: body.reference, recipient, status, at });
    if (status !== 201) {
      return send(
        response,
        status,
        notifyError(status, status === 400 ? 'BadRequestError' : 'Exception', invalid ?? 'Internal server error'),
      );
    }
    const notification: ReceivedNotification = {
      id: randomUUID(),
      type,
      reference: body.reference,
      templateId: body.template_id ?? '',
      recipient,
      personalisation,
      receivedAt: at,
    };
    this.accepted.push(notification);
    if (this.responseDelayMs) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    send(response, 201, {
      id: notification.id,
      reference: notification.reference ?? null,
      content: { body: 'Reminder', subject: 'Reminder', from_email: 'ipc@notify.example' },
      uri: `${this.url}/v2/notifications/${notification.id}`,
      template: { id: notification.templateId, version: 1, uri: `${this.url}/v2/template/${notification.templateId}` },
    });
  }

  /** The Notify JWT: HS256, signed with the key's secret, `iss` the service id, `iat` within 30 seconds. */
  private authorised(header: string | undefined): boolean {
    const [scheme, token] = (header ?? '').split(' ');
    const [head, payload, signature] = (token ?? '').split('.');
    if (scheme !== 'Bearer' || !head || !payload || !signature) return false;
    const expected = base64url(createHmac('sha256', this.secret).update(`${head}.${payload}`).digest());
    if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
      return false;
    }
    const claims = parseJson(Buffer.from(payload, 'base64url').toString()) as { iss?: string; iat?: number };
    return claims.iss === this.serviceId && Math.abs(Date.now() / 1000 - (claims.iat ?? 0)) <= 30;
  }
}

function invalidRequest(type: NotificationType, body: NotifyRequestBody): string | undefined {
  if (!body.template_id) return 'template_id is a required property';
  if (type === 'email' && !body.email_address?.includes('@')) return 'email_address Not a valid email address';
  if (type === 'sms' && !body.phone_number) return 'phone_number is a required property';
  if (type === 'letter') {
    const lines = Object.keys(body.personalisation ?? {}).filter((key) => key.startsWith('address_line_'));
    if (lines.length < 3) return 'Address must be at least 3 lines';
  }
  return undefined;
}

function notificationResource(notification: ReceivedNotification) {
  return {
    id: notification.id,
    reference: notification.reference ?? null,
    type: notification.type,
    status: 'delivered',
    template: { id: notification.templateId, version: 1, uri: '' },
    body: 'Reminder',
    created_at: new Date(notification.receivedAt).toISOString(),
    is_cost_data_ready: false,
  };
}

const notifyError = (status: number, error: string, message: string) => ({
  errors: [{ error, message }],
  status_code: status,
});

function parseJson(text: string): NotifyRequestBody {
  try {
    return JSON.parse(text) as NotifyRequestBody;
  } catch {
    return {};
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
