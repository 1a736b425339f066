import { Injectable, NestMiddleware, PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const LIMIT_BYTES = 64 * 1024;

/**
 * Parses `application/x-www-form-urlencoded` bodies for the LTI routes only: platforms form-post
 * logins and launches, while the rest of the API speaks JSON.
 */
@Injectable()
export class FormBodyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    if (!request.is('application/x-www-form-urlencoded')) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMIT_BYTES) {
        request.destroy();
        return next(new PayloadTooLargeException('Form body larger than 64 KB'));
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > LIMIT_BYTES) return;
      request.body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      next();
    });
    request.on('error', next);
  }
}
