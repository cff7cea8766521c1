import { request } from 'node:http';
import { connect } from 'node:net';

/** Thrown by waits when the launcher is shutting down; the caller just stops. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled: the dev stack is stopping');
  }
}

export interface HostPort {
  host: string;
  port: number;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::']);

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host) || host.startsWith('127.');
}

/** host and port of a URL, with IPv6 brackets removed and the scheme's default port filled in. */
export function urlHostPort(url: string, defaultPort: number): HostPort {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

/** Splits "host:port" (as TEMPORAL_ADDRESS is validated). */
export function splitAddress(address: string): HostPort {
  const at = address.lastIndexOf(':');
  return { host: address.slice(0, at), port: Number(address.slice(at + 1)) };
}

export function describe({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** True when something accepts a TCP connection at host:port within the timeout. */
export function canConnect({ host, port }: HostPort, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Checked between attempts: throw to abort the wait (e.g. the process being waited for died). */
  abortIf?: () => void;
}

/** Polls until probe resolves true; false when the timeout passes first. */
export async function waitUntil(probe: () => Promise<boolean>, options: WaitOptions): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.abortIf?.();
    const done = await probe();
    options.abortIf?.();
    if (done) return true;
    if (Date.now() >= deadline) return false;
    await sleep(options.intervalMs ?? 250);
  }
}

/** The HTTP status of a GET, or undefined when nothing answers within the timeout. */
export function httpStatus(url: string, timeoutMs = 3000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', () => resolve(undefined));
    req.end();
  });
}
