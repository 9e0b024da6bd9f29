import { createHash, randomBytes } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { expandFiles } from "../packages/core/src/data/expand-files.js";
import { readRows } from "../packages/core/src/data/read-table.js";
import { remoteStream, useRemoteDataSettings } from "../packages/core/src/data/remote.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { validateDataSpec, validateDataStep } from "../packages/core/src/steps/validate-data.js";
import { caught } from "./helpers/catch.js";
import { type FakeGcs, serveBytes, serviceAccount, startFakeGcs } from "./helpers/fake-gcs.js";
import { quietHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";
import { S3_CREDENTIALS } from "./services/s3-server.js";

// Data at s3:// (the tests' S3 server), gs:// (a fake of GCS's JSON API) and https:// read by validate-data and check-drift gives
// what the same local files give; hostile locations and objects are bad input naming them.
// The AWS SDK's credential chain reads these (here, and in the processes this file starts).
vi.stubEnv("AWS_ACCESS_KEY_ID", S3_CREDENTIALS.accessKeyId);
vi.stubEnv("AWS_SECRET_ACCESS_KEY", S3_CREDENTIALS.secretAccessKey);
afterAll(() => {
  vi.unstubAllEnvs();
});
// What a host does with its settings (packages/github context.ts readHostSettings): s3:// data is read from the tests' server.
useRemoteDataSettings(readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint") }).registry);

const dir = tempDir();
const prefix = `data-${randomBytes(4).toString("hex")}`;
const s3 = new S3Client({
  endpoint: inject("s3Endpoint"),
  region: "us-east-1",
  forcePathStyle: true,
  credentials: S3_CREDENTIALS,
});
const put = (key: string, body: Uint8Array) =>
  s3.send(new PutObjectCommand({ Bucket: "models", Key: `${prefix}/${key}`, Body: body }));
const uri = (key: string) => `s3://models/${prefix}/${key}`;
const local = (name: string) => path.join(dir, name);
const days = ["2026-01-01", "2026-01-02", "2026-01-03"];
const schemaFile = local("schema.yml");

beforeAll(async () => {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run("SELECT setseed(0.3)");
  // A reference and a shifted current table (30,000 rows, row groups of 4,000, nulls, a bad age),
  // the current one also split into three partitions by day.
  for (const [name, shift] of [
    ["reference", 0],
    ["current", 1],
  ] as const) {
    await con.run(`CREATE TABLE ${name} AS SELECT
      i AS id,
      CASE WHEN i = 777 THEN 150 ELSE 18 + (random() * 60)::INTEGER END AS age,
      CASE WHEN i % 53 = 0 THEN NULL ELSE random() * 100 + ${shift} * 4 END AS amount,
      ['oslo', 'lima', 'pune'][1 + (i + ${shift} * (i % 5 = 0)::INTEGER) % 3] AS city,
      ['${days.join("', '")}'][1 + i % 3] AS day
      FROM range(30000) t(i)`);
    await con.run(`COPY ${name} TO '${local(`${name}.parquet`)}' (FORMAT parquet, ROW_GROUP_SIZE 4000)`);
    await put(`${name}.parquet`, readFileSync(local(`${name}.parquet`)));
    // The same tables as CSV (streamed, not read by ranges) and JSONL.
    await con.run(`COPY ${name} TO '${local(`${name}.csv`)}' (HEADER)`);
    await put(`${name}.csv`, readFileSync(local(`${name}.csv`)));
  }
  await con.run(`COPY (SELECT * FROM reference LIMIT 500) TO '${local("reference.jsonl")}' (FORMAT json)`);
  await put("reference.jsonl", readFileSync(local("reference.jsonl")));
  // Larger than a few of the byte scanner's 2 MiB batches, so a body spans several reads.
  await con.run(`COPY (SELECT r.* REPLACE (r.id * 7 + k AS id) FROM reference r, range(7) t(k))
    TO '${local("big.csv")}' (HEADER)`);
  await put("big.csv", readFileSync(local("big.csv")));
  for (const day of days) {
    const file = local(`current-${day}.parquet`);
    await con.run(`COPY (SELECT * FROM current WHERE day = '${day}') TO '${file}' (FORMAT parquet)`);
    await put(`events/date=${day}/part-0.parquet`, readFileSync(file));
    const csv = local(`current-${day}.csv`);
    await con.run(`COPY (SELECT * FROM current WHERE day = '${day}') TO '${csv}' (HEADER)`);
    await put(`events/date=${day}/part-0.csv`, readFileSync(csv));
  }
  await put("events/date=2026-01-01/_SUCCESS", new Uint8Array(0));
  con.closeSync();
  writeFileSync(local("mlship.yml"), "model: remote\n");
  writeFileSync(
    schemaFile,
    JSON.stringify({
      fields: [
        { name: "id", type: "integer", constraints: { required: true, unique: true } },
        { name: "age", type: "integer", constraints: { minimum: 0, maximum: 120 } },
        { name: "amount", type: "number", constraints: { minimum: 0 } },
        { name: "city", type: "categorical", constraints: { enum: ["oslo", "lima", "pune"] } },
        { name: "day", type: "string", constraints: {} },
      ],
      missingValues: [""],
    }),
  );
}, 120_000);

const validate = (data: string) =>
  validateDataStep(
    parseInputs(validateDataSpec, (n) => ({ data, schema: schemaFile, config: local("mlship.yml") })[n]),
    quietHost,
  );
const drift = (reference: string, current: string) =>
  checkDriftStep(
    parseInputs(
      checkDriftSpec,
      (n) => ({ reference, current, config: local("mlship.yml"), environment: "remote-test" })[n],
    ),
    quietHost,
  );

describe("data at s3://", () => {
  it("validate-data reads an S3 Parquet object as the local file: the same findings, profile and digest", async () => {
    const [remote, here] = [await validate(uri("reference.parquet")), await validate(local("reference.parquet"))];
    expect(remote.ok).toBe(false);
    expect(remote.extra.findings.map((f) => [f.check, f.column, f.count])).toEqual([["maximum", "age", 1]]);
    expect(remote.extra.findings).toEqual(
      here.extra.findings.map((f) => ({
        ...f,
        examples: f.examples.map((e) => ({ ...e, file: uri("reference.parquet") })),
      })),
    );
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
    // The digest is of the object's bytes: the same as the local file's (paths aside).
    const files = (r: typeof remote) =>
      (JSON.parse(readFileSync(r.outputs.report, "utf8")) as { files: { sha256: string }[] }).files.map(
        (f) => f.sha256,
      );
    expect(files(remote)).toEqual(files(here));
  }, 120_000);

  it("check-drift reads S3 Parquet as the local files: the same report", async () => {
    const remote = await drift(uri("reference.parquet"), uri("current.parquet"));
    const here = await drift(local("reference.parquet"), local("current.parquet"));
    expect(remote.extra.report!.columns.filter((c) => c.drifted).map((c) => c.column)).toContain("amount");
    expect(remote.extra.report!.columns).toEqual(here.extra.report!.columns);
  }, 120_000);

  it("a glob over partitioned folders: the matching parts, sorted, read as one dataset", async () => {
    const files = await expandFiles([uri("events/date=*/part-*.parquet")], dir, "data");
    expect(files).toEqual(days.map((d) => uri(`events/date=${d}/part-0.parquet`)));
    const remote = await validate(uri("events/date=*/part-*.parquet"));
    const here = await validate(local("current-2026-01-0[123].parquet"));
    expect(remote.outputs.rows).toBe("30000");
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
    expect((await caught(() => expandFiles([uri("events/date=*/part-*.tsv")], dir, "data"))).message).toMatch(
      /no object matches 's3:\/\/models\/.*part-\*\.tsv'/,
    );
  }, 120_000);

  it("hostile locations and objects: clear errors naming the input, nothing read", async () => {
    for (const bad of [
      "s3://models/a/../../etc/passwd.parquet",
      "s3://models/a//b.parquet",
      "s3://Models!/a.parquet",
      "s3://models/",
    ]) {
      const e = await caught(() => validate(bad));
      expect(e.name, bad).toBe("UserError");
      expect(e.message, bad).toMatch(/is not a usable S3 location/);
      expect(JSON.stringify(e), bad).toMatch(/"input":"data"/);
    }
    // A footer length far past the object: the footer is not trusted.
    const body = readFileSync(local("reference.parquet"));
    const huge = Buffer.from(body);
    huge.writeUInt32LE(0x7fffffff, huge.length - 8);
    await put("huge-footer.parquet", huge);
    const h = await caught(() => validate(uri("huge-footer.parquet")));
    expect(h.name).toBe("UserError");
    expect(h.message).toMatch(/Parquet: .*(metadata length|exceeds)/);
    expect(JSON.stringify(h)).toContain("huge-footer.parquet");
    // A truncated object (its footer gone).
    await put("truncated.parquet", body.subarray(0, body.length >> 1));
    const t = await caught(() => validate(uri("truncated.parquet")));
    expect(t.name).toBe("UserError");
    expect(t.message).toMatch(/Parquet: /);
    expect(JSON.stringify(t)).toContain("truncated.parquet");
    // No such object.
    const m = await caught(() => validate(uri("missing.parquet")));
    expect(m.message).toMatch(/missing\.parquet: reading the object's length failed: .*no such object/);
    // A missing CSV object: named, as a missing Parquet object is.
    const c = await caught(() => validate(uri("missing.csv")));
    expect(c.name).toBe("UserError");
    expect(c.message).toMatch(/missing\.csv: reading the object failed: .*no such object/);
  }, 120_000);
});

describe("CSV and JSONL at s3://, streamed", () => {
  it("validate-data reads an S3 CSV object as the local file: the same findings, profile and digest", async () => {
    const [remote, here] = [await validate(uri("reference.csv")), await validate(local("reference.csv"))];
    expect(remote.extra.findings.map((f) => [f.check, f.column, f.count])).toEqual([["maximum", "age", 1]]);
    expect(remote.extra.findings).toEqual(
      here.extra.findings.map((f) => ({
        ...f,
        examples: f.examples.map((e) => ({ ...e, file: uri("reference.csv") })),
      })),
    );
    // The bad age is named by its line in the object, as in the file (the header is line 1; id 777 is row 778).
    expect(remote.extra.findings[0].examples[0]).toMatchObject({ file: uri("reference.csv"), line: 779 });
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
    const digests = (r: typeof remote) =>
      (JSON.parse(readFileSync(r.outputs.report, "utf8")) as { files: { sha256: string }[] }).files.map(
        (f) => f.sha256,
      );
    expect(digests(remote)).toEqual([
      createHash("sha256")
        .update(readFileSync(local("reference.csv")))
        .digest("hex"),
    ]);
  }, 120_000);

  it("an object of several scanner batches gives what the file gives", async () => {
    expect(statSync(local("big.csv")).size).toBeGreaterThan(6 << 20);
    const [remote, here] = [await validate(uri("big.csv")), await validate(local("big.csv"))];
    expect(remote.outputs.rows).toBe("210000");
    expect(remote.extra.findings.map((f) => [f.check, f.column, f.count])).toEqual([["maximum", "age", 7]]);
    expect(remote.extra.findings).toEqual(
      here.extra.findings.map((f) => ({ ...f, examples: f.examples.map((e) => ({ ...e, file: uri("big.csv") })) })),
    );
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
  }, 120_000);

  it("check-drift reads S3 CSV as the local files: the same report", async () => {
    const remote = await drift(uri("reference.csv"), uri("current.csv"));
    const here = await drift(local("reference.csv"), local("current.csv"));
    expect(remote.extra.report!.columns.filter((c) => c.drifted).map((c) => c.column)).toContain("amount");
    expect(remote.extra.report!.columns).toEqual(here.extra.report!.columns);
  }, 120_000);

  it("a glob over partitioned folders of CSV: the matching parts, read as one dataset", async () => {
    expect(await expandFiles([uri("events/date=*/part-*.csv")], dir, "data")).toEqual(
      days.map((d) => uri(`events/date=${d}/part-0.csv`)),
    );
    const remote = await validate(uri("events/date=*/part-*.csv"));
    const here = await validate(local("current-2026-01-0[123].csv"));
    expect(remote.outputs.rows).toBe("30000");
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
  }, 120_000);

  it("JSONL rows from S3 are the file's rows", async () => {
    const rows = async (f: string) => {
      const out: unknown[] = [];
      for await (const r of readRows(f)) out.push([r.line, r.values]);
      return out;
    };
    const here = await rows(local("reference.jsonl"));
    expect(here).toHaveLength(500);
    expect(await rows(uri("reference.jsonl"))).toEqual(here);
  }, 60_000);
});

describe("a body that ends early is a truncated object, not a short dataset", () => {
  // A store that announces more bytes than it sends, then closes the connection: with a
  // Content-Length, and chunked (no length: the closing chunk never comes).
  const body = Buffer.from(`id,age\n${Array.from({ length: 5000 }, (_, i) => `${i},${20 + (i % 50)}`).join("\n")}\n`);
  const cut = body.subarray(0, body.length >> 1);
  const stub = http.createServer((req, res) => {
    if (req.method !== "GET") {
      res.writeHead(405).end();
      return;
    }
    if (req.url?.includes("chunked")) res.writeHead(200, { "content-type": "text/csv" });
    else res.writeHead(200, { "content-type": "text/csv", "content-length": body.length });
    res.write(cut, () => res.socket?.destroy());
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((r) => stub.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise<void>((r) => stub.close(() => r()));
    useRemoteDataSettings(readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint") }).registry);
  });

  it("s3://: validate-data and the row reader fail naming the object", async () => {
    useRemoteDataSettings(readCoreSettings({ MLSHIP_S3_ENDPOINT: base }).registry);
    try {
      for (const key of ["short.csv", "chunked.csv"]) {
        const e = await caught(() => validate(`s3://models/${key}`));
        expect(e.name, key).toBe("UserError");
        expect(e.message, key).toMatch(
          new RegExp(
            `s3://models/${key}: the (connection failed|body ended) after \\d+.* bytes: the object is truncated`,
          ),
        );
        const rows = await caught(async () => {
          for await (const _ of readRows(`s3://models/${key}`));
        });
        expect(rows.message, key).toMatch(/the object is truncated/);
      }
    } finally {
      useRemoteDataSettings(readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint") }).registry);
    }
  }, 60_000);

  it("https:// (here plain http, read directly): the stream fails, whatever reads it", async () => {
    for (const name of ["short.csv", "chunked.csv"]) {
      const stream = await remoteStream(`${base}/${name}`, "data");
      const e = await caught(async () => {
        for await (const _ of stream);
      });
      expect(e.name, name).toBe("UserError");
      expect(e.message, name).toMatch(/the (connection failed|body ended) after \d+.* bytes: the object is truncated/);
    }
  }, 60_000);
});

describe("data at https://", () => {
  // A server answering range requests for one file, and one that sends fewer bytes than asked.
  let base = "";
  const served = readFileSync(path.resolve("test/fixtures/parquet-types/all-types.parquet"));
  const server = http.createServer((req, res) => {
    const short = req.url?.startsWith("/short/");
    const range = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? "");
    if (req.method === "HEAD" || !range) {
      res.writeHead(200, { "content-length": served.length });
      res.end(req.method === "HEAD" ? undefined : served);
      return;
    }
    const [a, b] = [Number(range[1]), Number(range[2])];
    const part = served.subarray(a, short && a > 0 ? Math.max(a, b - 10) : b + 1);
    res.writeHead(206, { "content-length": part.length, "content-range": `bytes ${a}-${b}/${served.length}` });
    res.end(part);
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("range requests read a Parquet file as the local one; a short answer is a truncated object", async () => {
    const { remoteBuffer } = await import("../packages/core/src/data/remote.js");
    const { openParquet, parquetBatches } = await import("../packages/core/src/data/parquet.js");
    const texts = async (pq: Awaited<ReturnType<typeof openParquet>>) => {
      const out: (string | null)[][] = [];
      for await (const b of parquetBatches(pq))
        for (const c of b.columns) out.push([c.name, ...Array.from({ length: b.rows }, (_, i) => c.text(i))]);
      return out;
    };
    // The test server is plain http: the buffer is made directly (locations accept https only).
    const url = `${base}/ok/all-types.parquet`;
    const remote = await openParquet("https://example.test/all-types.parquet", await remoteBuffer(url, "data"));
    const here = await openParquet(path.resolve("test/fixtures/parquet-types/all-types.parquet"));
    expect(await texts(remote)).toEqual(await texts(here));
    const short = await caught(async () =>
      texts(
        await openParquet("https://example.test/short.parquet", await remoteBuffer(`${base}/short/x.parquet`, "data")),
      ),
    );
    expect(short.name).toBe("UserError");
    expect(short.message).toMatch(/asked for bytes \d+–\d+ and got \d+: the object is truncated/);
  }, 60_000);

  it("a glob at https:// is refused (a web server has no listing); so is a password in the location", async () => {
    const g = await caught(() => expandFiles(["https://example.test/events/date=*/part-0.csv"], dir, "data"));
    expect(g.name).toBe("UserError");
    expect(g.message).toMatch(/a glob at https:\/\/ cannot be expanded \(a web server has no listing\)/);
    expect(JSON.stringify(g)).toMatch(/"input":"data"/);
    // A '?' is a URL's query, not a glob: the location is kept as it is.
    expect(await expandFiles(["https://example.test/x.csv?v=2"], dir, "data")).toEqual([
      "https://example.test/x.csv?v=2",
    ]);
    const p = await caught(() => validate("https://someone:hunter2@example.test/x.csv"));
    expect(p.name).toBe("UserError");
    expect(p.message).toMatch(/a user name or password in an https location is refused/);
    expect(JSON.stringify(p)).not.toContain("hunter2");
  }, 60_000);
});

describe("data at gs:// (a fake of GCS's JSON API, test/helpers/fake-gcs.ts)", () => {
  const account = serviceAccount();
  const keyFile = local("gcs-key.json");
  const bucket = "mlship-data";
  const gs = (name: string) => `gs://${bucket}/${name}`;
  let fake: FakeGcs;
  // Another host (a redirect's target): it records the credentials it is sent.
  const elsewhere: (string | undefined)[] = [];
  const other = http.createServer((req, res) => {
    elsewhere.push(req.headers.authorization);
    serveBytes(req, res, readFileSync(local("reference.csv")));
  });
  let otherUrl = "";
  const useGcs = (emulator: string | undefined) => {
    const settings = readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint"), STORAGE_EMULATOR_HOST: emulator });
    useRemoteDataSettings(settings.registry, settings.gcsEmulator);
  };
  beforeAll(async () => {
    fake = await startFakeGcs({ accounts: [account], pageSize: 2 });
    await new Promise<void>((r) => other.listen(0, "127.0.0.2", r));
    otherUrl = `http://127.0.0.2:${(other.address() as AddressInfo).port}/`;
    const objects = new Map<string, Buffer>();
    for (const f of ["reference.parquet", "current.parquet", "reference.csv", "current.csv"])
      objects.set(f, readFileSync(local(f)));
    for (const day of days) {
      objects.set(`events/date=${day}/part-0.parquet`, readFileSync(local(`current-${day}.parquet`)));
      objects.set(`events/date=${day}/part-0.csv`, readFileSync(local(`current-${day}.csv`)));
    }
    objects.set("events/date=2026-01-01/_SUCCESS", Buffer.alloc(0));
    objects.set("moved.csv", readFileSync(local("reference.csv")));
    fake.buckets.set(bucket, objects);
    fake.redirects.set("moved.csv", otherUrl);
    // Application Default Credentials from this key file alone (no gcloud configuration, no metadata server).
    writeFileSync(keyFile, JSON.stringify(account.keyFile));
    vi.stubEnv("GOOGLE_APPLICATION_CREDENTIALS", keyFile);
    vi.stubEnv("CLOUDSDK_CONFIG", local("no-gcloud"));
    vi.stubEnv("METADATA_SERVER_DETECTION", "none");
    useGcs(fake.url);
  });
  afterAll(async () => {
    useGcs(undefined);
    await fake.close();
    other.closeAllConnections();
    await new Promise<void>((r) => other.close(() => r()));
  });

  it("the fake refuses a request without credentials, as GCS does", async () => {
    const r = await fetch(`${fake.url}/storage/v1/b/${bucket}/o/reference.csv?alt=media`);
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: { code: number } }).error.code).toBe(401);
  });

  it("validate-data and check-drift read gs:// Parquet and CSV as the local files, every request signed by the key", async () => {
    fake.requests.length = 0;
    for (const f of ["reference.parquet", "reference.csv"]) {
      const [remote, here] = [await validate(gs(f)), await validate(local(f))];
      expect(
        remote.extra.findings.map((x) => [x.check, x.column, x.count]),
        f,
      ).toEqual([["maximum", "age", 1]]);
      expect(remote.extra.findings, f).toEqual(
        here.extra.findings.map((x) => ({ ...x, examples: x.examples.map((e) => ({ ...e, file: gs(f) })) })),
      );
      expect(readFileSync(remote.outputs.profile, "utf8"), f).toBe(readFileSync(here.outputs.profile, "utf8"));
      const digest = (JSON.parse(readFileSync(remote.outputs.report, "utf8")) as { files: { sha256: string }[] }).files;
      expect(
        digest.map((d) => d.sha256),
        f,
      ).toEqual([
        createHash("sha256")
          .update(readFileSync(local(f)))
          .digest("hex"),
      ]);
    }
    const remote = await drift(gs("reference.csv"), gs("current.parquet"));
    const here = await drift(local("reference.csv"), local("current.parquet"));
    expect(remote.extra.report!.columns.filter((c) => c.drifted).map((c) => c.column)).toContain("amount");
    expect(remote.extra.report!.columns).toEqual(here.extra.report!.columns);
    // Parquet by ranges (206), CSV by one GET; each request with a valid signed JWT.
    expect(fake.requests.length).toBeGreaterThan(4);
    expect(fake.requests.filter((r) => !r.authorized)).toEqual([]);
  }, 120_000);

  it("a glob over partitioned folders pages through the listing", async () => {
    fake.requests.length = 0;
    const files = await expandFiles([gs("events/date=*/part-*.parquet")], dir, "data");
    expect(files).toEqual(days.map((d) => gs(`events/date=${d}/part-0.parquet`)));
    // 7 objects under "events/date=", 2 a page: 4 pages, the later ones asked for by token.
    const lists = fake.requests.filter((r) => /\/o\?/.test(r.url));
    expect(lists).toHaveLength(4);
    expect(lists.slice(1).every((r) => r.url.includes("pageToken="))).toBe(true);
    for (const ext of ["parquet", "csv"]) {
      const remote = await validate(gs(`events/date=*/part-0.${ext}`));
      const here = await validate(local(`current-2026-01-0[123].${ext}`));
      expect(remote.outputs.rows, ext).toBe("30000");
      expect(readFileSync(remote.outputs.profile, "utf8"), ext).toBe(readFileSync(here.outputs.profile, "utf8"));
    }
    expect((await caught(() => expandFiles([gs("events/date=*/part-*.tsv")], dir, "data"))).message).toMatch(
      /no object matches 'gs:\/\/mlship-data\/events\/date=\*\/part-\*\.tsv'/,
    );
  }, 120_000);

  it("a redirect to another host: the object is read there, the credentials stay behind", async () => {
    elsewhere.length = 0;
    fake.requests.length = 0;
    const [remote, here] = [await validate(gs("moved.csv")), await validate(local("reference.csv"))];
    expect(readFileSync(remote.outputs.profile, "utf8")).toBe(readFileSync(here.outputs.profile, "utf8"));
    expect(fake.requests.some((r) => r.url.includes("moved.csv") && r.authorized)).toBe(true);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual(elsewhere.map(() => undefined));
  }, 120_000);

  it("hostile locations, a missing object, a key GCS does not know, no credentials: clear errors naming the input", async () => {
    for (const bad of [
      "gs://Bad_Bucket!/x.csv",
      "gs://mlship-data/a/../x.csv",
      "gs://mlship-data/",
      "gs://mlship-data/a\u0007.csv",
    ]) {
      const e = await caught(() => validate(bad));
      expect(e.name, bad).toBe("UserError");
      expect(e.message, bad).toMatch(/is not a usable GCS location/);
      expect(JSON.stringify(e), bad).toMatch(/"input":"data"/);
    }
    const m = await caught(() => validate(gs("missing.parquet")));
    expect(m.message).toMatch(
      /gs:\/\/mlship-data\/missing\.parquet: reading the object's metadata failed: HTTP 404 \(no such object/,
    );
    try {
      // A key of an account the store does not know: 401, said with what to check.
      const stranger = serviceAccount("stranger@mlship-test.iam.gserviceaccount.com");
      writeFileSync(local("stranger.json"), JSON.stringify(stranger.keyFile));
      vi.stubEnv("GOOGLE_APPLICATION_CREDENTIALS", local("stranger.json"));
      useGcs(fake.url);
      const s = await caught(() => validate(gs("reference.csv")));
      expect(s.name).toBe("UserError");
      expect(s.message).toMatch(/reference\.csv: reading the object failed: HTTP 401 \(check the Google credentials/);
      // No credentials anywhere: with the emulator, requests go without (and this one is refused) ...
      vi.stubEnv("GOOGLE_APPLICATION_CREDENTIALS", undefined);
      useGcs(fake.url);
      const a = await caught(() => validate(gs("reference.csv")));
      expect(a.message).toMatch(/HTTP 401/);
      expect(fake.requests.at(-1)!.authorized).toBe(false);
      // ... and at Google's API, nothing is sent: where credentials are looked for is said.
      useGcs(undefined);
      const n = await caught(() => validate(gs("reference.csv")));
      expect(n.name).toBe("UserError");
      expect(n.message).toMatch(/no Google credentials found .*GOOGLE_APPLICATION_CREDENTIALS/);
    } finally {
      vi.stubEnv("GOOGLE_APPLICATION_CREDENTIALS", keyFile);
      useGcs(fake.url);
    }
  }, 120_000);
});
