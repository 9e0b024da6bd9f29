import { Readable } from "node:stream";
import { UserError } from "../errors.js";

/**
 * HTTP for data at `https://` and `gs://` (GCS's JSON API): node's fetch with redirects followed
 * here rather than by fetch, so that a request's credentials (GCS's `Authorization: Bearer`) never
 * go to another origin, and never from https to plain http; and a body checked against its
 * declared length, so that a connection closed early is a truncated object, not a short dataset.
 */

/** A location as errors show it: at most 300 characters, no query (a signed URL's query is a credential). */
export function shown(uri: string): string {
  return uri.replace(/[?#].*$/s, "").slice(0, 300);
}

/** Most redirects one request follows. */
const MAX_REDIRECTS = 5;

/**
 * GET (or HEAD) `url`, following up to five redirects: `authorization` is dropped when a redirect
 * leaves the origin, and a redirect from https to anything else is refused. Network failures are
 * bad input naming `uri` and `input`; the answer's status is the caller's to judge.
 */
export async function httpGet(
  url: string,
  opts: { uri: string; input: string; what: string; method?: "GET" | "HEAD"; headers?: Record<string, string> },
): Promise<Response> {
  let current = new URL(url);
  const headers = { ...opts.headers };
  for (let hops = 0; ; hops++) {
    let r: Response;
    try {
      r = await fetch(current, { method: opts.method ?? "GET", headers, redirect: "manual" });
    } catch (e) {
      throw new UserError(
        `${shown(opts.uri)}: ${opts.what} failed: ${(e as Error).message.slice(0, 200)}${causeOf(e)}`,
        { input: opts.input },
      );
    }
    if (![301, 302, 303, 307, 308].includes(r.status)) return r;
    await r.body?.cancel();
    const location = r.headers.get("location");
    if (!location)
      throw new UserError(`${shown(opts.uri)}: redirected (HTTP ${r.status}) to nowhere`, { input: opts.input });
    if (hops >= MAX_REDIRECTS)
      throw new UserError(`${shown(opts.uri)}: more than ${MAX_REDIRECTS} redirects`, { input: opts.input });
    const next = new URL(location, current);
    if (current.protocol === "https:" && next.protocol !== "https:")
      throw new UserError(`${shown(opts.uri)}: redirected from https to ${next.protocol}, refused`, {
        input: opts.input,
      });
    if (next.protocol !== "https:" && next.protocol !== "http:")
      throw new UserError(`${shown(opts.uri)}: redirected to ${next.protocol}, refused`, { input: opts.input });
    // Credentials are for the origin they were given for, never for the host a redirect names.
    if (next.origin !== current.origin)
      for (const k of Object.keys(headers)) if (/^authorization$/i.test(k)) delete headers[k];
    current = next;
  }
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${String(cause.code ?? cause.message ?? "").slice(0, 100)})` : "";
}

/**
 * A response's body as a node stream of its bytes, checked: with an identity encoding, fewer or
 * more bytes than its Content-Length, or a connection closed mid-body, is a truncated object
 * (a UserError naming the location and the input), never a short dataset.
 */
export function checkedBody(r: Response, uri: string, input: string): Readable {
  if (!r.body) throw new UserError(`${shown(uri)}: the server sent no body`, { input });
  const encoding = r.headers.get("content-encoding");
  const declared = r.headers.get("content-length");
  // A compressed body is decoded by fetch: its Content-Length counts the compressed bytes.
  const length = declared !== null && (!encoding || encoding === "identity") ? Number(declared) : undefined;
  return countedStream(Readable.fromWeb(r.body as import("node:stream/web").ReadableStream), length, uri, input);
}

/** `body`, checked against `length` (when known) as it is read. */
export function countedStream(
  body: AsyncIterable<Uint8Array>,
  length: number | undefined,
  uri: string,
  input: string,
): Readable {
  const known = length !== undefined && Number.isSafeInteger(length) && length >= 0 ? length : undefined;
  async function* counted(): AsyncGenerator<Buffer> {
    let got = 0;
    const of = known === undefined ? "" : ` of ${known}`;
    try {
      for await (const chunk of body) {
        got += chunk.byteLength;
        if (known !== undefined && got > known)
          throw new UserError(
            `${shown(uri)}: more bytes than the ${known} announced: the object changed while being read`,
            {
              input,
            },
          );
        yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(
        `${shown(uri)}: the connection failed after ${got}${of} bytes: the object is truncated (${(e as Error).message.slice(0, 100)}${causeOf(e)})`,
        { input },
      );
    }
    if (known !== undefined && got !== known)
      throw new UserError(`${shown(uri)}: the body ended after ${got}${of} bytes: the object is truncated`, { input });
  }
  return Readable.from(counted(), { objectMode: false });
}
