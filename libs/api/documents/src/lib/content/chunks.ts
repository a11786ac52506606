/** The size of a stored piece of a document: large enough for few rows, small enough to hold a few in memory. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Cuts a stream of pieces of any size into chunks of exactly `size` bytes (the last one shorter, none empty), holding
 * at most one chunk and one piece in memory.
 */
export async function* chunksOf(
  pieces: AsyncIterable<Buffer | Uint8Array>,
  size = CHUNK_BYTES,
): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let length = 0;
  for await (const piece of pieces) {
    let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    while (rest.length) {
      const take = Math.min(size - length, rest.length);
      held.push(rest.subarray(0, take));
      length += take;
      rest = rest.subarray(take);
      if (length === size) {
        yield Buffer.concat(held, length);
        held = [];
        length = 0;
      }
    }
  }
  if (length) yield Buffer.concat(held, length);
}
