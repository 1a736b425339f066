import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorCode, FieldError } from './domain-error';

/** RFC 9457 problem details: the one shape of every error this API returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.BAD_REQUEST,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'rate-limited': HttpStatus.TOO_MANY_REQUESTS,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Errors raised by Express's body parser before a route runs (malformed JSON, too large, bad charset). */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
  /** With `entity.too.large`: the limit, in bytes. */
  limit?: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as BodyParserError).type === 'string' &&
  typeof (error as BodyParserError).status === 'number';

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, detail, errors, retryAfterSeconds } = this.describe(exception);
    const problem: ProblemDetails = {
      type: `https://loopgrade.dev/problems/${status}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      instance: request.originalUrl ?? request.url,
      requestId: String(request.id ?? ''),
      ...(errors?.length ? { errors } : {}),
    };
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'unhandled error');
    }
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private describe(exception: unknown): {
    status: number;
    detail: string;
    errors?: FieldError[];
    retryAfterSeconds?: number;
  } {
    if (exception instanceof DomainError) {
      return {
        status: STATUS_BY_CODE[exception.code],
        detail: exception.message,
        errors: exception.details.errors,
        retryAfterSeconds: exception.details.retryAfterSeconds,
      };
    }
    if (exception instanceof HttpException) {
      // Nest wraps body-parser failures (malformed JSON, too large) in an HttpException.
      if (isBodyParserError(exception.cause)) {
        return { status: exception.getStatus(), detail: describeBodyParserError(exception.cause) };
      }
      const body = exception.getResponse();
      const message =
        typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      const detail = Array.isArray(message) ? message.join('; ') : String(message);
      const errors = (body as { errors?: FieldError[] }).errors;
      return { status: exception.getStatus(), detail, errors };
    }
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      return { status: exception.status, detail: describeBodyParserError(exception) };
    }
    return { status: 500, detail: 'An unexpected error occurred; quote the requestId when reporting it.' };
  }
}

function describeBodyParserError(error: BodyParserError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return `Malformed JSON body: ${error.message}`;
    case 'entity.too.large':
      return `Request body is larger than the ${Math.round((error.limit ?? 0) / 1024)} KB limit`;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'Unsupported body encoding; send UTF-8 JSON';
    default:
      return error.message;
  }
}
