import type { Request } from 'express';
import busboy from 'busboy';
import type { Readable } from 'node:stream';
import { AppError, badRequest } from '../../common/app-error.js';

export interface UploadedFile {
  name: string;
  stream: Readable;
}

/**
 * The `file` field of a multipart/form-data request (spec section 10), as a
 * stream: the upload is read while it is imported, never held whole in
 * memory (an XLSX workbook is saved to a temporary file, see tabular-file.ts).
 * Other fields are ignored. A file over `limitBytes` fails with 413.
 */
export function receiveFile(request: Request, limitBytes: number): Promise<UploadedFile> {
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    return Promise.reject(
      badRequest(
        'import.not_multipart',
        `Send the file as multipart/form-data in the field "file" (this request is ${type || 'without a content type'}).`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const parser = busboy({
      headers: request.headers,
      limits: { files: 1, fileSize: limitBytes },
    });
    let found = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || found) {
        stream.resume();
        return;
      }
      found = true;
      // The importer listens while it reads; this keeps an error that comes
      // after it stopped (it failed first) from taking the process down.
      stream.on('error', () => undefined);
      stream.on('limit', () =>
        stream.destroy(
          new AppError(
            'import.too_large',
            `The file is larger than the import limit of ${Math.round(limitBytes / 2 ** 20)} MB (FITA_MAX_IMPORT_MB).`,
            413,
          ),
        ),
      );
      resolve({ name: info.filename ?? 'upload', stream });
    });
    parser.on('error', (error: Error) =>
      reject(badRequest('import.bad_multipart', `The upload could not be read: ${error.message}`)),
    );
    parser.on('close', () => {
      if (!found) {
        reject(badRequest('import.no_file', 'The request has no field "file" with a file in it.'));
      }
    });
    request.pipe(parser);
  });
}
