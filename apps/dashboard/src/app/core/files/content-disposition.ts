/**
 * The file name a Content-Disposition header proposes, preferring the
 * RFC 6266 `filename*=UTF-8''…` form. Any directory part is dropped.
 */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;

  const extended = /filename\*\s*=\s*"?[\w-]*'[^']*'([^";]+)"?/i.exec(header);
  if (extended?.[1]) {
    try {
      return baseName(decodeURIComponent(extended[1]));
    } catch {
      // Malformed percent-encoding: fall back to the plain parameter.
    }
  }

  const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
  const value = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
  return value === undefined ? null : baseName(value);
}

function baseName(name: string): string | null {
  const trimmed = name.split(/[\\/]/).pop()?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
