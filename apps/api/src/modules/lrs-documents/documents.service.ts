import { Injectable } from '@nestjs/common';
import { AppError, badRequest, conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import type { XapiVersion } from '../lrs/xapi-version.js';
import {
  etagOf,
  isJson,
  isParsableJson,
  jsonObjectOf,
  preconditionsHold,
  unconditionalPut,
  type IncomingDocument,
  type Preconditions,
} from './document-rules.js';
import {
  DocumentsRepository,
  type DocumentContext,
  type DocumentKey,
  type StoredDocument,
} from './documents.repository.js';

/**
 * The document resources (State, Activity Profile, Agent Profile): storage of
 * any content, JSON merge on POST, and ETag concurrency control.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly documents: DocumentsRepository,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async get(key: DocumentKey): Promise<StoredDocument> {
    const document = await this.documents.find(key);
    if (!document) throw notFound('xapi.document_not_found', `No ${describe(key)}.`);
    return document;
  }

  ids(context: DocumentContext, since?: Date): Promise<string[]> {
    return this.documents.listIds(context, since);
  }

  /** Stores the document as sent, replacing any previous one the preconditions allow. */
  async put(
    key: DocumentKey,
    incoming: IncomingDocument,
    preconditions: Preconditions,
    version: XapiVersion,
  ): Promise<void> {
    if (isJson(incoming.contentType) && !isParsableJson(incoming.content)) {
      throw badRequest(
        'xapi.invalid_document',
        'The document is sent as application/json but is not JSON.',
      );
    }
    await this.documents.change(key, (current) => {
      checkPreconditions(key, preconditions, current);
      if (preconditions.ifMatch === undefined && preconditions.ifNoneMatch === undefined) {
        const rule = unconditionalPut(key.kind, version, current !== null);
        if (rule === 'conflict') {
          throw conflict(
            'xapi.document_conflict',
            `The ${describe(key)} already exists. To replace it, send If-Match with its ETag ` +
              `(from a GET); to create it only if absent, send If-None-Match: *.`,
          );
        }
        if (rule === 'precondition-required') {
          throw badRequest(
            'xapi.document_precondition_required',
            `Send If-Match with the ETag of the ${describe(key)}, or If-None-Match: * to create it.`,
          );
        }
      }
      return { set: this.version(incoming) };
    });
  }

  /**
   * Merges a JSON object into the stored one (top-level properties of the new
   * document win), or stores the document when there is none yet.
   */
  async post(
    key: DocumentKey,
    incoming: IncomingDocument,
    preconditions: Preconditions,
  ): Promise<void> {
    const json = isJson(incoming.contentType);
    const posted = json ? jsonObjectOf(incoming.content) : undefined;
    if (json && !posted) {
      throw badRequest(
        'xapi.invalid_document',
        'A document POSTed as application/json must be a JSON object.',
      );
    }
    await this.documents.change(key, (current) => {
      checkPreconditions(key, preconditions, current);
      if (!current) return { set: this.version(incoming) };
      const stored = isJson(current.contentType) ? jsonObjectOf(current.content) : undefined;
      if (!posted || !stored) {
        throw badRequest(
          'xapi.document_not_mergeable',
          `POST merges JSON objects, but the ${posted ? 'stored' : 'posted'} document is not an ` +
            `application/json object; PUT it to replace the stored one.`,
        );
      }
      const merged = Buffer.from(JSON.stringify({ ...stored, ...posted }), 'utf8');
      return { set: this.version({ content: merged, contentType: 'application/json' }) };
    });
  }

  async remove(key: DocumentKey, preconditions: Preconditions): Promise<void> {
    await this.documents.change(key, (current) => {
      checkPreconditions(key, preconditions, current);
      return { remove: true };
    });
  }

  removeAll(context: DocumentContext): Promise<void> {
    return this.documents.removeAll(context);
  }

  private version(document: IncomingDocument): StoredDocument {
    return { ...document, etag: etagOf(document.content), updated: this.clock.now() };
  }
}

function checkPreconditions(
  key: DocumentKey,
  preconditions: Preconditions,
  current: StoredDocument | null,
): void {
  if (!preconditionsHold(preconditions, current?.etag ?? null)) {
    throw new AppError(
      'xapi.document_precondition_failed',
      current
        ? `The ${describe(key)} has changed (its ETag is now "${current.etag}"); GET it again before writing.`
        : `There is no ${describe(key)} to match If-Match.`,
      412,
    );
  }
}

function describe(key: DocumentKey): string {
  const noun = {
    state: 'state',
    activity_profile: 'activity profile',
    agent_profile: 'agent profile',
  };
  return `${noun[key.kind]} "${key.documentId}"`;
}
