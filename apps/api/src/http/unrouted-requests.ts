import { METHODS } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { ProblemException } from '../problem/problem.exception';
import { sendProblem } from '../problem/send-problem';
import { methodNotAllowed, noSuchPath } from './http.errors';

/** The part of Express's router this reads: each route's path matchers and methods. */
interface RouterLayer {
  matchers: ((path: string) => unknown)[];
  route?: { methods: Record<string, boolean | undefined> };
}

/** A bad percent-encoding in the path makes Express's matcher throw; such a path matches nothing. */
function matches(layer: RouterLayer, path: string): boolean {
  try {
    return layer.matchers.some((match) => Boolean(match(path)));
  } catch {
    return false;
  }
}

/**
 * A route for any method is a catch-all, such as Nest's not-found handler at paths outside the API
 * prefix: `app.all` marks every method Node knows, `route.all` marks `_all`.
 */
const takesEveryMethod = (methods: Record<string, boolean | undefined>) =>
  Boolean(methods._all) || METHODS.every((method) => methods[method.toLowerCase()]);

/**
 * The methods the app serves at the request's path, as an `Allow` header lists them (HEAD wherever
 * GET is, as Express answers it); empty when no route has this path. Read from Express's own routes,
 * so it matches paths exactly as routing does.
 */
function allowedMethods(request: Request): string[] {
  const [path] = request.originalUrl.split('?');
  const { stack } = (request.app as unknown as { router: { stack: RouterLayer[] } }).router;
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || takesEveryMethod(layer.route.methods) || !matches(layer, path)) continue;
    for (const [method, served] of Object.entries(layer.route.methods)) {
      if (served) methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/** A request no route took: 405 if the path takes other methods, else 404. */
export function unroutedProblem(request: Request): ProblemException {
  const allowed = allowedMethods(request);
  return allowed.length && !allowed.includes(request.method) ? methodNotAllowed(request.method, allowed) : noSuchPath();
}

/**
 * Nest's not-found handler covers only the API prefix and the paths excluded from it; this answers
 * every other path (say `/favicon.ico`, or TRACE on the docs) the same way, instead of Express's HTML
 * page. Added last, once the app is initialised, so that it runs only when nothing else answered.
 */
export function answerUnroutedRequests(app: NestExpressApplication): void {
  app.use((request: Request, response: Response) => sendProblem(request, response, unroutedProblem(request).problem));
}
