import { Injectable, NestMiddleware } from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { assertJsonBodyShape } from './json-body-shape';

export const BODY_LIMIT_BYTES = 256 * 1024;

const parseJson = json({
  limit: BODY_LIMIT_BYTES,
  verify: (_request, _response, body) => assertJsonBodyShape(body),
});

/**
 * Parses JSON bodies. A Nest middleware rather than an Express one mounted at startup, so that it runs
 * after the request-id and logging middleware: a body the parser refuses still gets a logged error
 * carrying the request id.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    parseJson(request, response, next);
  }
}
