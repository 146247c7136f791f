import { execFileSync } from 'node:child_process';
import {
  createHash,
  createSign,
  generateKeyPairSync,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { boundaryOf, parseMultipart } from './multipart-mixed.js';

const SIGNATURE = 'http://adlnet.gov/expapi/attachments/signature';
const BOUNDARY = 'test-boundary-8f3a';

interface Part {
  headers: Record<string, string>;
  body: Buffer | string;
}

/** A multipart/mixed body written out by hand, as an xAPI client sends it. */
function multipart(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const headers = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}\r\n`);
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${headers.join('')}\r\n`));
    chunks.push(
      Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

function attachment(content: Buffer | string, overrides: Record<string, unknown> = {}) {
  return {
    usageType: 'http://example.org/attachment-usage/certificate',
    display: { en: 'Certificate' },
    contentType: 'text/plain',
    length: Buffer.byteLength(content),
    sha2: sha256(content),
    ...overrides,
  };
}

const jsonPart = (value: unknown): Part => ({
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});

const contentPart = (content: Buffer | string, hash = sha256(content)): Part => ({
  headers: {
    'Content-Type': 'application/octet-stream',
    'Content-Transfer-Encoding': 'binary',
    'X-Experience-API-Hash': hash,
  },
  body: content,
});

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWS in compact serialization over `payload`, signed with RS256/384/512 (or claiming another alg). */
function jws(
  payload: unknown,
  key: KeyObject,
  alg = 'RS256',
  extraHeader: Record<string, unknown> = {},
): string {
  const input = `${base64url({ alg, ...extraHeader })}.${base64url(payload)}`;
  const digest = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' }[alg];
  const signature = createSign(digest ?? 'RSA-SHA256')
    .update(input)
    .sign(key)
    .toString('base64url');
  return `${input}.${signature}`;
}

describe('xAPI statement attachments and signed statements', () => {
  let app: TestApp;
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let certificate: string; // base64 DER of a self-signed certificate for `keys`
  let otherCertificate: string; // one for another key

  beforeAll(async () => {
    app = await startTestApp();
    certificate = selfSignedCertificate(keys.privateKey);
    otherCertificate = selfSignedCertificate(
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
    );
  });
  afterAll(() => app.close());

  function send(
    body: Buffer | string,
    options: { method?: string; query?: string; contentType?: string } = {},
  ) {
    return fetch(`${app.baseUrl}/xapi/statements${options.query ?? ''}`, {
      method: options.method ?? 'POST',
      headers: {
        ...lrsHeaders(app),
        'Content-Type': options.contentType ?? `multipart/mixed; boundary=${BOUNDARY}`,
      },
      body,
    });
  }

  async function refusal(response: Response): Promise<{ code: string; message: string }> {
    expect(response.status).toBe(400);
    return (await response.json()) as { code: string; message: string };
  }

  const get = (query: string) =>
    fetch(`${app.baseUrl}/xapi/statements?${query}`, { headers: lrsHeaders(app) });

  it('stores a statement sent as multipart/mixed with its attachment and serves both back with attachments=true', async () => {
    const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
    const sent = statement({
      attachments: [attachment(content, { contentType: 'application/pdf' })],
    });
    const response = await send(multipart([jsonPart(sent), contentPart(content)]));
    expect(response.status).toBe(200);
    const [id] = (await response.json()) as string[];

    const plain = await get(`statementId=${id}&attachments=false`);
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);

    const withContent = await get(`statementId=${id}&attachments=true`);
    expect(withContent.status).toBe(200);
    const contentType = withContent.headers.get('content-type') ?? '';
    expect(contentType).toMatch(/^multipart\/mixed; boundary=/);
    const parts = parseMultipart(
      Buffer.from(await withContent.arrayBuffer()),
      boundaryOf(contentType) as string,
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(parts[0].body.toString('utf8'))).toMatchObject({ id });
    expect(parts[1]?.headers).toEqual({
      'content-type': 'application/pdf',
      'content-transfer-encoding': 'binary',
      'x-experience-api-hash': sha256(content),
    });
    expect(parts[1]?.body.equals(content)).toBe(true);
  });

  it('returns each attachment content once in a StatementResult, however many statements describe it', async () => {
    const content = 'the same certificate twice';
    const verb = { id: `http://example.org/verbs/${randomUUID()}` };
    const batch = [
      statement({ verb, attachments: [attachment(content)] }),
      statement({ verb, attachments: [attachment(content)] }),
    ];
    expect((await send(multipart([jsonPart(batch), contentPart(content)]))).status).toBe(200);

    const response = await get(`verb=${encodeURIComponent(verb.id)}&attachments=true&format=ids`);
    const contentType = response.headers.get('content-type') ?? '';
    const parts = parseMultipart(
      Buffer.from(await response.arrayBuffer()),
      boundaryOf(contentType) as string,
    );
    expect(parts).toHaveLength(2);
    const result = JSON.parse(parts[0].body.toString('utf8')) as {
      statements: { attachments: unknown[]; actor: unknown }[];
    };
    expect(result.statements).toHaveLength(2);
    expect(result.statements[0]?.attachments).toHaveLength(1);
    expect(parts[1]?.body.toString()).toBe(content);
  });

  it('stores a statement with PUT as multipart/mixed', async () => {
    const id = randomUUID();
    const content = 'sent with PUT';
    const response = await send(
      multipart([
        jsonPart(statement({ attachments: [attachment(content)] })),
        contentPart(content),
      ]),
      { method: 'PUT', query: `?statementId=${id}` },
    );
    expect(response.status).toBe(204);
    expect((await get(`statementId=${id}`)).status).toBe(200);
  });

  it('refuses a part whose content does not hash to its X-Experience-API-Hash', async () => {
    const content = 'the real content';
    const sent = statement({ attachments: [attachment(content)] });
    const body = multipart([jsonPart(sent), contentPart('tampered content', sha256(content))]);
    expect((await refusal(await send(body))).code).toBe('xapi.attachment_hash');
  });

  it('refuses an attachment without fileUrl whose part is missing, naming it', async () => {
    const sent = statement({
      attachments: [attachment('first'), attachment('second', { display: { en: 'Transcript' } })],
    });
    const error = await refusal(await send(multipart([jsonPart(sent), contentPart('first')])));
    expect(error.code).toBe('xapi.attachment_missing');
    expect(error.message).toContain('$.attachments[1]');
    expect(error.message).toContain('Transcript');
  });

  it('refuses a part that is the content of no attachment', async () => {
    const sent = statement({ attachments: [attachment('described')] });
    const body = multipart([jsonPart(sent), contentPart('described'), contentPart('extra')]);
    expect((await refusal(await send(body))).code).toBe('xapi.attachment_unexpected');
  });

  it('refuses a part not sent with Content-Transfer-Encoding binary', async () => {
    const sent = statement({ attachments: [attachment('encoded')] });
    const part = contentPart('encoded');
    part.headers['Content-Transfer-Encoding'] = 'base64';
    expect((await refusal(await send(multipart([jsonPart(sent), part])))).code).toBe(
      'xapi.attachment_part',
    );
  });

  it('refuses a multipart body whose first part is not application/json', async () => {
    const sent = statement({ attachments: [attachment('x')] });
    const first = { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(sent) };
    expect((await refusal(await send(multipart([first, contentPart('x')])))).code).toBe(
      'xapi.multipart_first_part',
    );
  });

  it('accepts attachments sent as application/json only when each has a fileUrl', async () => {
    const byUrl = statement({
      attachments: [attachment('elsewhere', { fileUrl: 'https://files.example.org/c.txt' })],
    });
    const json = { contentType: 'application/json' };
    expect((await send(JSON.stringify(byUrl), json)).status).toBe(200);
    const inline = statement({ attachments: [attachment('inline')] });
    expect((await refusal(await send(JSON.stringify(inline), json))).code).toBe(
      'xapi.attachment_missing',
    );
  });

  it('refuses statements sent with another Content-Type', async () => {
    const body = multipart([jsonPart(statement())]);
    const response = await send(body, {
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    });
    expect((await refusal(response)).code).toBe('xapi.content_type');
  });

  describe('signed statements', () => {
    function signedBody(sent: Record<string, unknown>, signature: string, overrides = {}) {
      const withSignature = {
        ...sent,
        attachments: [
          attachment(signature, {
            usageType: SIGNATURE,
            contentType: 'application/octet-stream',
            ...overrides,
          }),
        ],
      };
      return multipart([jsonPart(withSignature), contentPart(signature)]);
    }

    it.each(['RS256', 'RS384', 'RS512'])('accepts a statement signed with %s', async (alg) => {
      const sent = statement({ id: randomUUID() });
      const response = await send(signedBody(sent, jws(sent, keys.privateKey, alg)));
      expect(response.status).toBe(200);
    });

    it('accepts a signature whose x5c certificate verifies it, and refuses one whose certificate does not', async () => {
      const sent = statement({ id: randomUUID() });
      const good = jws(sent, keys.privateKey, 'RS256', { x5c: [certificate] });
      expect((await send(signedBody(sent, good))).status).toBe(200);

      const other = statement({ id: randomUUID() });
      const bad = jws(other, keys.privateKey, 'RS256', { x5c: [otherCertificate] });
      const error = await refusal(await send(signedBody(other, bad)));
      expect(error.message).toContain('x5c');
    });

    it('ignores what the LRS fills in when the signed statement lacks it', async () => {
      const sent = statement();
      delete sent['timestamp'];
      const signature = jws(sent, keys.privateKey); // signed without id, timestamp, version
      const response = await send(signedBody({ ...sent, id: randomUUID() }, signature));
      expect(response.status).toBe(200);
    });

    it('refuses a signature with an algorithm other than RS256, RS384 and RS512', async () => {
      const sent = statement({ id: randomUUID() });
      const header = base64url({ alg: 'HS256' });
      const payload = base64url(sent);
      const signature = `${header}.${payload}.${Buffer.from('mac').toString('base64url')}`;
      const error = await refusal(await send(signedBody(sent, signature)));
      expect(error.code).toBe('xapi.signature_invalid');
      expect(error.message).toContain('HS256');
    });

    it('refuses a signature whose payload is not the statement', async () => {
      const sent = statement({ id: randomUUID() });
      const signature = jws({ ...sent, result: { success: true } }, keys.privateKey);
      const error = await refusal(await send(signedBody(sent, signature)));
      expect(error.message).toContain('differs from the statement');
    });

    it('refuses a signature that is not a compact JWS', async () => {
      const sent = statement({ id: randomUUID() });
      const error = await refusal(await send(signedBody(sent, 'not a signature')));
      expect(error.code).toBe('xapi.signature_invalid');
    });

    it('refuses a signature attachment whose contentType is not application/octet-stream', async () => {
      const sent = statement({ id: randomUUID() });
      const body = signedBody(sent, jws(sent, keys.privateKey), { contentType: 'text/plain' });
      expect((await refusal(await send(body))).code).toBe('xapi.signature_invalid');
    });
  });
});

/** A self-signed certificate for `key`, made with the openssl command line, as base64 DER (x5c). */
function selfSignedCertificate(key: KeyObject): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-x5c-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    fs.writeFileSync(keyFile, key.export({ type: 'pkcs8', format: 'pem' }));
    const pem = execFileSync('openssl', [
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-subj',
      '/CN=Fita test signer',
      '-days',
      '1',
    ]).toString();
    return pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
