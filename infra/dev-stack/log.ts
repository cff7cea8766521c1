/** Plain-text lines for the launcher itself; child output is prefixed with the child's name instead. */
const PREFIX = '[dev-stack]';

export function log(message: string): void {
  process.stdout.write(`${PREFIX} ${message}\n`);
}

export function logError(message: string): void {
  process.stderr.write(`${PREFIX} ${message}\n`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
