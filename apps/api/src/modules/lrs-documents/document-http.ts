import type { Request, Response } from 'express';
import { AppError } from '../../common/app-error.js';
import type { XapiRequest } from '../lrs/xapi-version.guard.js';
import type { XapiVersion } from '../lrs/xapi-version.js';
import type { IncomingDocument, Preconditions } from './document-rules.js';
import type { StoredDocument } from './documents.repository.js';
import type { DocumentsService } from './documents.service.js';
import type { DocumentTarget } from './dto/document-params.js';

/** Same limit as a JSON request body (http-app.ts). */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** With `rawBody: true` (http-app.ts), Nest keeps the bytes of a body its parsers read. */
export type DocumentRequest = XapiRequest & { rawBody?: Buffer };

/** The document a PUT or POST carries, byte for byte, with its Content-Type. */
export async function incomingDocument(request: DocumentRequest): Promise<IncomingDocument> {
  return {
    content: await bodyOf(request),
    contentType: request.header('content-type') ?? 'application/octet-stream',
  };
}

export function preconditionsOf(request: Request): Preconditions {
  return { ifMatch: request.header('if-match'), ifNoneMatch: request.header('if-none-match') };
}

/** The version XapiVersionGuard read from X-Experience-API-Version. */
export function rulesVersionOf(request: XapiRequest): XapiVersion {
  return request.xapiVersion ?? '1.0.3';
}

/** GET and HEAD: the document itself, or the JSON array of the ids of a context. */
export async function answerGet(
  documents: DocumentsService,
  target: DocumentTarget,
  response: Response,
): Promise<void> {
  if (target.key) {
    sendDocument(response, await documents.get(target.key));
  } else {
    response.json(await documents.ids(target.context, target.since));
  }
}

function sendDocument(response: Response, document: StoredDocument): void {
  response.setHeader('ETag', `"${document.etag}"`);
  response.setHeader('Last-Modified', document.updated.toUTCString());
  // setHeader, not res.type(): Express would add a charset the client never sent.
  response.setHeader('Content-Type', document.contentType);
  // send() answers HEAD without the body and a matching If-None-Match with 304.
  response.send(document.content);
}

async function bodyOf(request: DocumentRequest): Promise<Buffer> {
  if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
  if (request.readableEnded) {
    // Read by a body parser that kept no copy: the parsed JSON is all there is.
    return Buffer.from(request.body === undefined ? '' : JSON.stringify(request.body), 'utf8');
  }
  if (Number(request.header('content-length')) > MAX_DOCUMENT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): AppError {
  return new AppError(
    'xapi.document_too_large',
    `A document may hold at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    413,
  );
}
