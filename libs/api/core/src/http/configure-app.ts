import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BadRequestException, VersioningType } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';
import { AppLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging';

/**
 * Everything about the HTTP surface that is not a module: used by main.ts and by the integration
 * tests alike, so the tests exercise the same application users get.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  app.use(requestLogging(logger.root, config.DEMO_MODE ? 'debug' : 'info'));
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(helmet());
  // Answers carry personal data and tokens: no browser or proxy cache may keep one, so no ETag either.
  app.set('etag', false);
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.enableCors({ origin: config.CORS_ORIGIN.split(','), credentials: false });
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(malformedJson);
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();
  setUpOpenApi(app);
  if (config.WEB_DIST_DIR) {
    serveClient(app, resolve(config.WEB_DIST_DIR));
  }
}

/**
 * A body the JSON parser refuses: 400 saying where it breaks. Nest would answer with the parser's own
 * message, which for some inputs quotes the body ("Unexpected token 'I', \"Ivan …\" is not valid JSON").
 */
function malformedJson(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const parseError = error as { type?: string; message?: string } | null;
  if (parseError?.type !== 'entity.parse.failed') return next(error);
  const position = /at position (\d+)/.exec(parseError.message ?? '')?.[1];
  next(new BadRequestException(`The request body is not valid JSON${position ? ` (at position ${position})` : ''}`));
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ИБД API')
      .setDescription('Integrated Database of the National Commission for Combating Trafficking in Human Beings')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** The built Angular client at `/`, with its routes falling back to index.html (demo, one port). */
function serveClient(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`WEB_DIST_DIR has no index.html: ${dir}`);
  }
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' && !req.path.startsWith('/api') ? res.sendFile(index) : next(),
  );
}
