import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import { unsupportedMediaType } from './http.errors';

/** JSON, with or without a charset, and any structured-syntax `+json` type (RFC 6839). */
export const JSON_MEDIA_TYPES: readonly string[] = ['application/json', 'application/*+json'];
/** Every JSON body the API takes is a few KB; far more is a mistake or an attack. */
export const JSON_BODY_LIMIT_BYTES = 100 * 1024;

const CONSUMES = 'ipc:consumes';
const WRITING_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The body media types a route takes (JSON when not declared), enforced by MediaTypeGuard and
 * documented as the OpenAPI request body's content types. `application/json` stands for the JSON family.
 */
export const Consumes = (...mediaTypes: string[]) =>
  applyDecorators(SetMetadata(CONSUMES, mediaTypes), ApiConsumes(...mediaTypes));

/** `Content-Length: 0` (what clients send for a POST without a body) is no body; chunks may be one. */
const hasBody = (request: Request) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

const acceptedMediaTypes = (declared: readonly string[]) =>
  declared.flatMap((mediaType) => (mediaType === 'application/json' ? JSON_MEDIA_TYPES : [mediaType]));

/**
 * A writing request whose body is not a type its route takes is refused with 415 before anything
 * reads it: a body the parsers skip would otherwise reach the handler as empty. Body-less requests pass.
 */
@Injectable()
export class MediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!WRITING_METHODS.has(request.method) || !hasBody(request)) return true;
    const declared = this.reflector.getAllAndOverride<string[] | undefined>(CONSUMES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const accepted = acceptedMediaTypes(declared ?? ['application/json']);
    if (request.is([...accepted])) return true;
    throw unsupportedMediaType(request.headers['content-type'], accepted);
  }
}
