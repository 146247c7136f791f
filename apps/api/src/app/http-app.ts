import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { HttpErrorFilter } from '../common/http-error.filter.js';
import { refuseNulCharacters } from '../common/nul-characters.js';
import { alternateRequestSyntax } from '../modules/lrs/alternate-request-syntax.js';
import { xapiVersionHeader } from '../modules/lrs/xapi-version.guard.js';
import { AppModule, type AppOptions } from './app.module.js';
import { createLogger } from './logger.js';
import { securityHeaders } from './security/security-headers.js';
import { slowRequestLog } from './slow-request-log.js';
import { xapiCors } from './security/xapi-cors.js';
import { serveDashboard } from './static-dashboard.js';

/** Builds the HTTP application (not yet listening): routes, error filter, OpenAPI docs, dashboard. */
export async function createHttpApp(options: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger: createLogger(options.config),
    bodyParser: false,
    // Keep the bytes of parsed bodies: xAPI documents are stored exactly as sent.
    rawBody: true,
  });
  const limit = options.config.maxBodyBytes;
  app.use(slowRequestLog(createLogger(options.config)));
  // First, so that every answer carries them, refusals and preflights included.
  app.use(securityHeaders());
  app.use('/xapi', xapiCors());
  app.use(alternateRequestSyntax(limit));
  app.use('/xapi', xapiVersionHeader(options.config.xapiDefaultVersion));
  // xAPI batches are large; application/json with any charset, as LMSs send it.
  app.useBodyParser('json', { limit, type: ['application/json', 'application/*+json'] });
  // Statements with attachments: the bytes, split by modules/lrs/multipart-mixed.ts.
  app.useBodyParser('raw', { limit, type: 'multipart/mixed' });
  // Everything else (xAPI documents of any content type) as bytes, under the same limit,
  // except file uploads to the product API, which their routes stream (modules/imports).
  app.useBodyParser('raw', { limit, type: (request) => !isProductUpload(request) });
  // After the parsers, so that JSON bodies are looked into too (issue 9, injection tests).
  app.use('/api', refuseNulCharacters);
  app.useGlobalFilters(new HttpErrorFilter(limit));
  app.set('trust proxy', options.config.trustProxy);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fita API')
      .setDescription('Learning Record Store (/xapi) and indicator API (/api) of Fita')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addBasicAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);

  serveDashboard(app.getHttpAdapter().getInstance(), options.config.dashboardDir);
  return app;
}

function isProductUpload(request: IncomingMessage): boolean {
  return (
    (request.url ?? '').startsWith('/api/') &&
    (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')
  );
}
