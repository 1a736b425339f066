import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { createValidationPipe } from './common/errors/validation';
import { RejectNulPipe } from './common/http/reject-nul.pipe';

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApp(options: { logs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    // JSON is parsed by JsonBodyMiddleware, after the request id is assigned; forms only on LTI routes.
    bodyParser: false,
    bufferLogs: options.logs !== false,
    logger: options.logs === false ? false : undefined,
    abortOnError: false,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(new RejectNulPipe(), createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('loopgrade')
      .setDescription('Automated grading for asynchronous JavaScript on a virtual clock')
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` },
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  await app.init();
  return app;
}
