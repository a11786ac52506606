import fc from 'fast-check';
import { chunksOf } from './chunks';

async function* piecesOf(buffers: Buffer[]): AsyncGenerator<Buffer> {
  for (const b of buffers) yield b;
}

describe('chunksOf', () => {
  it('cuts any pieces into full chunks and a shorter last one, losing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 17 }),
        async (arrays, size) => {
          const pieces = arrays.map((a) => Buffer.from(a));
          const chunks: Buffer[] = [];
          for await (const chunk of chunksOf(piecesOf(pieces), size)) chunks.push(chunk);
          expect(Buffer.concat(chunks)).toEqual(Buffer.concat(pieces));
          chunks.forEach((c, i) => {
            expect(c.length).toBeGreaterThan(0);
            if (i < chunks.length - 1) expect(c.length).toBe(size);
            else expect(c.length).toBeLessThanOrEqual(size);
          });
        },
      ),
    );
  });
});
