import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The running stack's API and worker processes, whose memory the bench reports. */
export interface StackProcesses {
  apiPid?: number;
  workerPid?: number;
}

const LISTEN = '0A';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function processIds(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The socket inodes listening on `port` (IPv4 or IPv6), from /proc/net. */
function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === LISTEN) inodes.add(fields[9]);
    }
  }
  return inodes;
}

function linkOf(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '';
  }
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      const inode = /^socket:\[(\d+)\]$/.exec(linkOf(`/proc/${pid}/fd/${fd}`))?.[1];
      return inode !== undefined && inodes.has(inode);
    });
  } catch {
    return false;
  }
}

const parentOf = (pid: number) => Number(/^PPid:\s+(\d+)/m.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
const commandOf = (pid: number) => (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ');

function envPid(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * BENCH_API_PID and BENCH_WORKER_PID if set; else the process listening on the API's port and,
 * beside it under the same launcher (`npm start`), the journey worker. Linux only; undefined
 * where it cannot tell.
 */
export function findStackProcesses(apiUrl: string, env: NodeJS.ProcessEnv = process.env): StackProcesses {
  const { hostname, port } = new URL(apiUrl);
  const local = ['localhost', '127.0.0.1', '::1', '[::1]'].includes(hostname);
  const pids = local && !(envPid(env, 'BENCH_API_PID') && envPid(env, 'BENCH_WORKER_PID')) ? processIds() : [];
  const inodes = listeningInodes(Number(port || 80));
  const apiPid = envPid(env, 'BENCH_API_PID') ?? pids.find((pid) => pid !== process.pid && holdsSocket(pid, inodes));
  const launcher = apiPid ? parentOf(apiPid) : 0;
  const workerPid =
    envPid(env, 'BENCH_WORKER_PID') ??
    pids.find((pid) => launcher > 1 && parentOf(pid) === launcher && commandOf(pid).includes('apps/worker/src/main'));
  return { apiPid, workerPid };
}

/** Resident memory of a process in MiB, or undefined once it has gone. */
export function residentMiB(pid: number | undefined): number | undefined {
  const kib = pid ? /^VmRSS:\s+(\d+)\s+kB/m.exec(read(`/proc/${pid}/status`) ?? '')?.[1] : undefined;
  return kib ? Number(kib) / 1024 : undefined;
}
