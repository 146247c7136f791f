import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChunkedFileWritable } from './chunked-file.writable.js';

describe('ChunkedFileWritable', () => {
  it('stores the bytes in order in chunks of the given size, the last one shorter', async () => {
    const stored: [number, Buffer][] = [];
    const file = new ChunkedFileWritable((seq, bytes) => {
      stored.push([seq, Buffer.from(bytes)]);
      return Promise.resolve();
    }, 1_000);
    const data = randomBytes(3_500);
    // Writes of odd sizes, so chunks cut across them.
    const parts = [0, 333, 1_500, 1_501, 3_100, 3_500];
    await pipeline(
      Readable.from(parts.slice(1).map((end, i) => data.subarray(parts[i], end))),
      file,
    );
    expect(stored.map(([seq, bytes]) => [seq, bytes.length])).toEqual([
      [0, 1_000],
      [1, 1_000],
      [2, 1_000],
      [3, 500],
    ]);
    expect(Buffer.concat(stored.map(([, bytes]) => bytes))).toEqual(data);
    expect(file.byteSize).toBe(3_500);
    expect(file.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('stores an empty file as no chunk at all', async () => {
    const stored: number[] = [];
    const file = new ChunkedFileWritable((seq) => {
      stored.push(seq);
      return Promise.resolve();
    }, 10);
    file.end();
    await new Promise((resolve) => file.on('finish', resolve));
    expect(stored).toEqual([]);
    expect(file.sha256).toBe(createHash('sha256').digest('hex'));
  });

  it('fails the stream when a chunk cannot be stored', async () => {
    const file = new ChunkedFileWritable(() => Promise.reject(new Error('disk full')), 10);
    await expect(pipeline(Readable.from([randomBytes(25)]), file)).rejects.toThrow('disk full');
  });

  it('does not hash a file before it is finished', () => {
    const file = new ChunkedFileWritable(() => Promise.resolve(), 10);
    expect(() => file.sha256).toThrow(/not finished/);
  });
});
