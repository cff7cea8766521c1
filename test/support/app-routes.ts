import { randomUUID } from 'node:crypto';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { RecordKind } from '@ipc/persistence';
import { PUBLIC_ROUTE, ROUTE_ACCESS } from '../../apps/api/src/auth/auth.decorators';
import type { RouteAccess } from '../../apps/api/src/auth/access-rules';

/** Served outside the /api/v1 prefix (api-app.ts). */
const UNPREFIXED = new Set(['health', 'metrics']);

export interface AppRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With Nest's parameters, `/api/v1/participants/:id`. */
  path: string;
  handler: string;
  isPublic: boolean;
  access?: RouteAccess;
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route the running application serves, read from its controllers as Nest registered them. */
export function appRoutes(app: INestApplication): AppRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: AppRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller) continue;
    const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, object>)[name];
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (paths === undefined || method === undefined) continue;
      const isPublic = Boolean(
        Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller),
      );
      const access = (Reflect.getMetadata(ROUTE_ACCESS, handler) ?? Reflect.getMetadata(ROUTE_ACCESS, controller)) as
        RouteAccess | undefined;
      for (const prefix of prefixes) {
        for (const path of [paths].flat()) {
          const full = joinPath(prefix, path);
          routes.push({
            method: RequestMethod[method] as AppRoute['method'],
            path: UNPREFIXED.has(full.split('/')[1]) ? full : joinPath('api/v1', full),
            handler: `${controller.name}.${name}`,
            isPublic,
            access,
          });
        }
      }
    }
  }
  return routes;
}

/** The route's path with `:id` as the given record's id and any other parameter a fresh UUID. */
export function concretePath(route: AppRoute, records: Record<RecordKind, string>): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) =>
    name === 'id' && route.access?.recordKind ? records[route.access.recordKind] : randomUUID(),
  );
}
