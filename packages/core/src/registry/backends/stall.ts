/**
 * `body`'s chunks, each within `idleMs` of asking for it: a download whose server stops sending
 * (its headers, then nothing) ends with the error `stalled()` makes instead of waiting for ever,
 * and `abort` releases the connection (also when the reader stops early). A slow but moving
 * download goes on: a model's blob can take minutes, each chunk of it not.
 */
export async function* untilStalled<T>(
  body: AsyncIterable<T>,
  idleMs: number,
  abort: () => void,
  stalled: () => Error,
): AsyncGenerator<T> {
  const chunks = body[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          abort();
          reject(stalled());
        }, idleMs);
      });
      const next = await Promise.race([chunks.next(), idle]).finally(() => clearTimeout(timer));
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) abort();
  }
}
