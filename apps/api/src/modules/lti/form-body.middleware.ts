import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';

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
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size <= LIMIT_BYTES) return void chunks.push(chunk);
      // Answer at once, but keep reading (and dropping) the rest: destroying the request would take
      // the response down with it, and the client would get no answer at all.
      tooLarge = true;
      chunks.length = 0;
      next(new DomainError('too-large', 'Form body is larger than the 64 KB limit'));
    });
    request.on('end', () => {
      if (tooLarge) return;
      request.body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      next();
    });
    request.on('error', (error) => {
      if (!tooLarge) next(error);
    });
  }
}
