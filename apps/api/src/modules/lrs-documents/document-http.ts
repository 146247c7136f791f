import type { Request, Response } from 'express';
import type { XapiRequest } from '../lrs/xapi-version.guard.js';
import type { XapiVersion } from '../lrs/xapi-version.js';
import type { IncomingDocument, Preconditions } from './document-rules.js';
import type { StoredDocument } from './documents.repository.js';
import type { DocumentsService } from './documents.service.js';
import type { DocumentTarget } from './dto/document-params.js';

/** With `rawBody: true` (http-app.ts), Nest keeps the bytes of a body its parsers read. */
export type DocumentRequest = XapiRequest & { rawBody?: Buffer };

/** The document a PUT or POST carries, byte for byte, with its Content-Type. */
export function incomingDocument(request: DocumentRequest): IncomingDocument {
  return {
    content: bodyOf(request),
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

/**
 * The body as bytes: http-app.ts reads every body with a parser that keeps
 * them (and enforces FITA_MAX_BODY_MB with a 413).
 */
function bodyOf(request: DocumentRequest): Buffer {
  if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
  if (Buffer.isBuffer(request.body)) return request.body;
  // Parsed JSON without its bytes (not expected with rawBody: true): re-serialise it.
  return Buffer.from(request.body === undefined ? '' : JSON.stringify(request.body), 'utf8');
}
