import { open } from 'node:fs/promises';

/** The last lines of a log file from byte offset `from` on, for error messages. */
export async function readLogTail(file: string, from = 0, maxLines = 20): Promise<string> {
  const maxBytes = 8192;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(from, size - maxBytes);
      const buffer = Buffer.alloc(Math.max(0, size - start));
      await handle.read(buffer, 0, buffer.length, start);
      const lines = buffer
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      return lines.slice(-maxLines).join('\n');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/** Formats a tail for appending to an error message. */
export function describeLogTail(file: string, tail: string): string {
  return tail ? `\nLast lines of ${file}:\n${tail}` : `\n(${file} has nothing to show)`;
}
