import type { Readable } from "node:stream";

/** Longest line kept whole; the rest of a longer line is counted, not kept. */
export const MAX_LINE_BYTES = 64 * 1024;

/**
 * Splits a byte stream into lines in bounded memory (readline would hold a 200 MB line whole):
 * a line longer than `maxBytes` is cut there and `dropped` says how many bytes were left out.
 * Hand-written because readline and split2 both buffer a line whole before handing it over.
 */
export function readBoundedLines(
  stream: Readable,
  onLine: (line: string, dropped: number) => void,
  maxBytes = MAX_LINE_BYTES,
): void {
  let parts: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  const flush = () => {
    onLine(Buffer.concat(parts).toString("utf8").replace(/\r$/, ""), dropped);
    parts = [];
    kept = 0;
    dropped = 0;
  };
  // Only the kept bytes are copied (the stream may reuse its buffer, and a kept slice would pin the whole chunk).
  const take = (b: Buffer) => {
    const n = Math.min(b.length, Math.max(0, maxBytes - kept));
    if (n > 0) parts.push(Buffer.from(b.subarray(0, n)));
    kept += n;
    dropped += b.length - n;
  };
  stream.on("data", (chunk: Buffer) => {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, nl));
      flush();
      start = nl + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  });
  stream.on("end", () => {
    if (kept || dropped) flush();
  });
}
