import { createHash } from 'node:crypto';
import type { Attachment, Statement } from '@fita/xapi';
import { badRequest } from '../../common/app-error.js';
import { boundaryOf, parseMultipart } from './multipart-mixed.js';

/** The content of an attachment, addressed by the hex SHA-2 of its bytes. */
export interface AttachmentPayload {
  sha2: string;
  contentType: string;
  content: Buffer;
}

/** What a POST or PUT of statements carries: the statement JSON and any attachment parts. */
export interface StatementUpload {
  body: unknown;
  payloads: AttachmentPayload[];
}

/** The hash functions an X-Experience-API-Hash may use, told apart by length. */
const HASH_BY_HEX_LENGTH: Record<number, string> = { 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/**
 * Reads the body of a POST or PUT of statements (xAPI 1.0.3 Communication 1.5,
 * 2.0.0 4.1.3): application/json as parsed, or multipart/mixed whose first part
 * is the statement JSON and every other part an attachment, sent binary with
 * X-Experience-API-Hash, the SHA-2 of its bytes. Any other Content-Type is refused.
 */
export function readStatementUpload(
  contentType: string | undefined,
  body: unknown,
): StatementUpload {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json' || /^application\/[^/]+\+json$/.test(mediaType)) {
    return { body, payloads: [] };
  }
  if (mediaType !== 'multipart/mixed') {
    throw badRequest(
      'xapi.content_type',
      `Statements are sent as application/json, or as multipart/mixed with attachments; got ${contentType ? `"${contentType}"` : 'no Content-Type'}.`,
    );
  }
  const boundary = boundaryOf(contentType ?? '');
  if (!boundary) {
    throw badRequest(
      'xapi.multipart_malformed',
      'A multipart/mixed request needs a boundary parameter in its Content-Type.',
    );
  }
  if (!Buffer.isBuffer(body)) {
    throw badRequest('xapi.multipart_malformed', 'The multipart/mixed body is empty.');
  }
  const [first, ...rest] = parseMultipart(body, boundary);
  if (!first) throw badRequest('xapi.multipart_malformed', 'The multipart/mixed body has no part.');
  const firstType = (first.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (firstType !== 'application/json') {
    throw badRequest(
      'xapi.multipart_first_part',
      `The first part must be the statements as application/json; its Content-Type is ${first.headers['content-type'] ? `"${first.headers['content-type']}"` : 'missing'}.`,
    );
  }
  let statements: unknown;
  try {
    statements = JSON.parse(first.body.toString('utf8'));
  } catch {
    throw badRequest('xapi.multipart_first_part', 'The first part is not valid JSON.');
  }
  return {
    body: statements,
    payloads: rest.map((part, index) => {
      const where = `Part ${index + 2}`;
      const encoding = part.headers['content-transfer-encoding']?.toLowerCase();
      if (encoding !== 'binary') {
        throw badRequest(
          'xapi.attachment_part',
          `${where} must have "Content-Transfer-Encoding: binary"${encoding ? `, not "${encoding}"` : ''}.`,
        );
      }
      const declared = part.headers['x-experience-api-hash']?.toLowerCase() ?? '';
      const algorithm = HASH_BY_HEX_LENGTH[declared.length];
      if (!algorithm || !/^[0-9a-f]+$/.test(declared)) {
        throw badRequest(
          'xapi.attachment_part',
          `${where} needs an X-Experience-API-Hash header with the hex SHA-256 (or SHA-384, SHA-512) of its content.`,
        );
      }
      const actual = createHash(algorithm).update(part.body).digest('hex');
      if (actual !== declared) {
        throw badRequest(
          'xapi.attachment_hash',
          `${where} declares X-Experience-API-Hash ${declared}, but its ${part.body.length} bytes hash to ${actual}.`,
        );
      }
      return {
        sha2: declared,
        contentType: part.headers['content-type'] ?? 'application/octet-stream',
        content: part.body,
      };
    }),
  };
}

/**
 * Matches the attachment parts against the statements' Attachment objects
 * (Communication 1.5.2): every attachment of a statement without a fileUrl
 * needs a part whose hash is its sha2, and every part must be the content of
 * some attachment (of the statements or of their SubStatements).
 * Returns the contents to store, one per sha2, typed as their metadata says.
 *
 * The declared length is not compared with the part: the ADL conformance suite
 * sends attachments whose length differs from the part and expects them stored.
 */
export function matchAttachments(
  statements: Statement[],
  payloads: AttachmentPayload[],
  batch: boolean,
): AttachmentPayload[] {
  const bySha2 = new Map(payloads.map((payload) => [payload.sha2, payload]));
  const described = new Map<string, Attachment>();
  statements.forEach((statement, index) => {
    attachmentsOf(statement).forEach(({ attachment, path }) => {
      const sha2 = attachment.sha2.toLowerCase();
      if (!described.has(sha2)) described.set(sha2, attachment);
      // A SubStatement's attachments may describe content sent with another statement
      // (Data 2.4.11 recommends repeating them in the statement's own attachments).
      if (attachment.fileUrl !== undefined || bySha2.has(sha2) || path.startsWith('.object'))
        return;
      const where = `$${batch ? `[${index}]` : ''}${path}`;
      throw badRequest(
        'xapi.attachment_missing',
        `Attachment ${where} ("${displayOf(attachment)}", sha2 ${attachment.sha2}) has no fileUrl, so its content must be sent as a multipart/mixed part with X-Experience-API-Hash ${attachment.sha2}.`,
        [{ path: where, rule: 'attachment.part', message: 'has neither a fileUrl nor a part' }],
      );
    });
  });
  for (const payload of bySha2.values()) {
    if (!described.has(payload.sha2)) {
      throw badRequest(
        'xapi.attachment_unexpected',
        `A part has X-Experience-API-Hash ${payload.sha2}, the sha2 of no attachment of the statements.`,
      );
    }
  }
  return [...bySha2.values()].map((payload) => ({
    ...payload,
    contentType: described.get(payload.sha2)?.contentType ?? payload.contentType,
  }));
}

/** The Attachment objects of a statement and of its SubStatement, with their JSON paths. */
export function attachmentsOf(statement: Statement): { attachment: Attachment; path: string }[] {
  const own = (statement.attachments ?? []).map((attachment, index) => ({
    attachment,
    path: `.attachments[${index}]`,
  }));
  const sub = statement.object.objectType === 'SubStatement' ? statement.object.attachments : [];
  return [
    ...own,
    ...(sub ?? []).map((attachment, index) => ({
      attachment,
      path: `.object.attachments[${index}]`,
    })),
  ];
}

function displayOf(attachment: Attachment): string {
  return Object.values(attachment.display ?? {})[0] ?? attachment.usageType;
}
