// A real S3 server for tests and benches: s3rver (SigV4-checked, file-backed) on 127.0.0.1.
// s3rver predates S3's conditional writes (2024), so this front adds AWS's documented
// semantics for `PUT` with `If-None-Match: *`: when the key exists the answer is
// 412 PreconditionFailed, and racing conditional puts of one key are serialised.
import { promises as fs } from "node:fs";
import http from "node:http";
import { finished } from "node:stream/promises";
// @ts-expect-error s3rver ships no types
import S3rver from "s3rver";
import type { AddressInfo } from "node:net";

export const S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

function preconditionFailed(res: http.ServerResponse): void {
  res.writeHead(412, { "content-type": "application/xml" });
  res.end(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>',
  );
}

/**
 * Starts the server; returns its endpoint and a stop function. `conditionalWrites: false` leaves
 * `If-None-Match` to s3rver, which ignores it, as older MinIO and some S3-compatible stores do.
 */
export async function startS3Server({
  directory,
  buckets = ["models"],
  port = 0,
  conditionalWrites = true,
}: {
  directory: string;
  buckets?: string[];
  port?: number;
  conditionalWrites?: boolean;
}): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const app = new S3rver({ directory, silent: true, configureBuckets: buckets.map((name: string) => ({ name })) });
  await app.configureBuckets();
  // s3rver answers a PUT once the body has gone through its hash, before its file write has
  // finished (or, on a loaded machine, even been opened): the next request could miss the object,
  // and a racing conditional put then found no object and overwrote it (9 of 10 events stored
  // with the machine loaded). Its answer waits here until the object is on disk, as S3's does.
  const store = app.store as {
    putObject: (o: { bucket: string; key: string }) => Promise<{ size: number }>;
    getResourcePath: (bucket: string, key: string, kind: string) => string;
  };
  const putObject = store.putObject.bind(store);
  store.putObject = async (object) => {
    const result = await putObject(object);
    const file = store.getResourcePath(object.bucket, object.key, "object");
    for (let i = 0; i < 2000; i++) {
      const st = await fs.stat(file).catch(() => undefined);
      if (st && st.size === result.size) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    return result;
  };
  const handle = app.callback();
  const locks = new Map<string, Promise<void>>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const conditional =
      conditionalWrites &&
      req.method === "PUT" &&
      req.headers["if-none-match"] === "*" &&
      !url.searchParams.has("uploadId");
    if (!conditional) return handle(req, res);
    const [, bucket, ...rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest.join("/"));
    const id = `${bucket}/${key}`;
    const prev = locks.get(id) ?? Promise.resolve();
    const mine = prev.then(async () => {
      if (await app.store.existsObject(bucket, key)) {
        req.resume();
        preconditionFailed(res);
      } else {
        handle(req, res);
      }
      await finished(res).catch(() => {});
    });
    locks.set(id, mine);
    void mine.finally(() => {
      if (locks.get(id) === mine) locks.delete(id);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
