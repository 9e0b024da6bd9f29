import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse, stringify } from "yaml";
import { projectContract } from "../packages/core/src/deploy/server-contract.js";
import { smokeTest } from "../packages/core/src/deploy/smoke.js";
import { parseModelId } from "../packages/core/src/model-id.js";
import { loadProject, projectRegistry } from "../packages/core/src/project.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { packageSpec, runPackage } from "../packages/core/src/steps/package.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { quietHost } from "./helpers/silent.js";
import { waitFor } from "./helpers/proc.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

const run = promisify(execFile);
/** Progress lines for a slow run (MLSHIP_TEST_PROGRESS=<file>). */
const progress = (what: string) => {
  if (process.env.MLSHIP_TEST_PROGRESS)
    writeFileSync(process.env.MLSHIP_TEST_PROGRESS, `${new Date().toISOString()} ${what}\n`, { flag: "a" });
};

/**
 * The Must-show of #30's packaging: the example's model becomes an OCI image on a base image made
 * here from Debian packages (mmdebstrap: bookworm with python3, what the example's serve.py needs),
 * pushed to the test's docker-registry; the image is pulled back with skopeo, unpacked with umoci
 * and run with crun (a real OCI runtime) on the host's network, and the recorded smoke rows are
 * replayed against it: every recorded output must match. Packaging twice gives the same digest.
 * The base image is built once and cached under ~/.cache/mlship-tests/, keyed by its inputs.
 */
const SUITE = "bookworm";
const MIRROR = "http://deb.debian.org/debian";
const PACKAGES = ["python3"];
const BASE_KEY = createHash("sha256")
  .update(JSON.stringify({ SUITE, MIRROR, PACKAGES, variant: "essential", layout: 1 }))
  .digest("hex")
  .slice(0, 16);
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "mlship-tests");

/** The base image as an OCI layout (cached): mmdebstrap's rootfs tar as umoci's one layer. */
async function baseLayout(): Promise<string> {
  const layout = path.join(CACHE, `debian-${SUITE}-python3-${BASE_KEY}`);
  if (existsSync(path.join(layout, "index.json"))) return layout;
  mkdirSync(CACHE, { recursive: true });
  const work = `${layout}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  const rootfs = path.join(work, "rootfs.tar");
  await run(
    "mmdebstrap",
    ["--variant=essential", `--include=${PACKAGES.join(",")}`, "--format=tar", SUITE, rootfs, MIRROR],
    { env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" }, maxBuffer: 64 << 20 },
  );
  const oci = path.join(work, "oci");
  await run("umoci", ["init", "--layout", oci]);
  await run("umoci", ["new", "--image", `${oci}:base`]);
  await run("umoci", ["raw", "add-layer", "--image", `${oci}:base`, rootfs]);
  await run("umoci", ["config", "--image", `${oci}:base`, "--config.env", "PATH=/usr/local/bin:/usr/bin:/bin"]);
  renameSync(oci, layout);
  rmSync(work, { recursive: true, force: true });
  return layout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

describe("package: a registered version as an OCI image, run with crun", () => {
  const host = inject("ociHost");
  const dir = exampleCopy();
  const work = tempDir("mlship-package-run-");
  const config = path.join(dir, "mlship.yml");
  const container = `mlship-package-${process.pid}`;
  let baseRef = "";

  beforeAll(async () => {
    progress("base layout");
    const layout = await baseLayout();
    const digestFile = path.join(work, "base.digest");
    await run("skopeo", [
      "copy",
      "--dest-tls-verify=false",
      "--digestfile",
      digestFile,
      `oci:${layout}:base`,
      `docker://${host}/base/debian-python3:${SUITE}`,
    ]);
    progress("base pushed");
    baseRef = `${host}/base/debian-python3@${readFileSync(digestFile, "utf8").trim()}`;
    const cfg = parse(readFileSync(config, "utf8"));
    cfg.registry = `oci://${host}/pkg/models-${process.pid}`;
    cfg.evaluate.load.duration = "2s";
    cfg.package = { base: baseRef };
    writeFileSync(config, stringify(cfg));
  }, 600_000);

  afterAll(async () => {
    await run("crun", ["kill", container, "KILL"]).catch(() => undefined);
    await run("crun", ["delete", "--force", container]).catch(() => undefined);
  });

  it("builds, pushes, records, and the image serves the recorded predictions; twice gives the same digest", async () => {
    const inputs = <S extends Parameters<typeof parseInputs>[0]>(spec: S, v: Record<string, string>) =>
      parseInputs(spec, (n) => ({ config, ...v })[n]);
    progress("trained");
    const t = await trainStep(inputs(trainSpec, {}), quietHost);
    await qualityLoadBiasTestStep(inputs(qualityLoadBiasTestSpec, { "run-dir": t.outputs["run-dir"] }), quietHost);
    progress("evaluated");
    const reg = await registerStep(inputs(registerSpec, { "model-path": t.outputs["model-path"] }), quietHost);
    const id = reg.outputs["model-id"];

    progress("registered");
    const first = await runPackage(inputs(packageSpec, { model: id }), quietHost);
    progress("packaged once");
    const second = await runPackage(inputs(packageSpec, { model: id }), quietHost);
    expect(first.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(second.outputs.digest).toBe(first.outputs.digest);
    const image = first.outputs.image;
    expect(image).toBe(`${host}/pkg/models-${process.pid}/churn@${first.outputs.digest}`);

    // The registry records it on the version; the deploy reads it from there.
    const project = await loadProject(config);
    const registry = await projectRegistry(project);
    const record = await registry.image(parseModelId(id));
    expect(record).toMatchObject({
      reference: image,
      imageDigest: first.outputs.digest,
      built: "package",
      base: baseRef,
    });

    // skopeo reads what was pushed as an image: config labels and the serve command as its entrypoint.
    const inspected = JSON.parse(
      (await run("skopeo", ["inspect", "--tls-verify=false", "--config", `docker://${image}`])).stdout,
    );
    expect(inspected.config.Entrypoint).toEqual(["python3", "serve.py"]);
    expect(inspected.config.Labels).toMatchObject({
      "dev.mlship.model.id": id,
      "dev.mlship.model.digest": reg.outputs.digest,
      "org.opencontainers.image.version": `v${parseModelId(id).version}`,
    });
    expect(inspected.config.ExposedPorts).toEqual({ "8080/tcp": {} });

    // Pulled by digest, unpacked into a runtime bundle, run with crun on the host's network.
    progress("inspected");
    const layout = path.join(work, "pulled");
    await run("skopeo", ["copy", "--src-tls-verify=false", `docker://${image}`, `oci:${layout}:model`]);
    const bundle = path.join(work, "bundle");
    await run("umoci", ["unpack", "--image", `${layout}:model`, bundle]);
    const spec = JSON.parse(readFileSync(path.join(bundle, "config.json"), "utf8"));
    expect(spec.process.args).toEqual(["python3", "serve.py"]);
    expect(spec.process.cwd).toBe("/mlship/app");
    progress("unpacked");
    const port = await freePort();
    spec.process.env = [...spec.process.env.filter((e: string) => !e.startsWith("PORT=")), `PORT=${port}`];
    spec.process.terminal = false;
    spec.linux.namespaces = spec.linux.namespaces.filter((n: { type: string }) => n.type !== "network");
    writeFileSync(path.join(bundle, "config.json"), JSON.stringify(spec));
    const log = path.join(work, "container.log");
    // crun in a mount namespace of its own with a cgroup2 hierarchy at /sys/fs/cgroup and no cgroup
    // manager: on a host with hybrid cgroups (v1 controllers, as this machine) crun refuses to
    // start otherwise ("cgroups in hybrid mode not supported"); on a cgroup v2 host it changes nothing.
    const child = execFile("unshare", [
      "--mount",
      "--propagation",
      "private",
      "sh",
      "-c",
      'umount -l /sys/fs/cgroup 2>/dev/null; mount -t cgroup2 none /sys/fs/cgroup && exec crun --cgroup-manager=disabled run --bundle "$1" "$2"',
      "sh",
      bundle,
      container,
    ]);
    const exited = new Promise((r) => child.once("exit", r).once("error", r));
    const output: string[] = [];
    child.stdout?.on("data", (c) => output.push(String(c)));
    child.stderr?.on("data", (c) => output.push(String(c)));
    try {
      const url = `http://127.0.0.1:${port}`;
      let gone = false;
      void exited.then(() => {
        gone = true;
      });
      // Until it answers or crun exits (a container that cannot start ends the wait at once).
      const up = await waitFor(
        async () => gone || (await fetch(`${url}/healthz`).catch(() => undefined))?.ok === true,
        60_000,
      );
      writeFileSync(log, output.join(""));
      expect(up && !gone, `the container did not answer /healthz:\n${output.join("")}`).toBe(true);
      const health = await (await fetch(`${url}/healthz`)).json();
      expect(health).toEqual({ status: "ok", model: id });

      progress("container up");
      const predictions = path.join(work, "predictions.csv");
      expect(await registry.pullAttachment(parseModelId(id), "predictions.csv", predictions)).toBeTruthy();
      const rows = readFileSync(predictions, "utf8").trim().split("\n").length - 1;
      const smoke = await smokeTest(url, predictions, {
        contract: await projectContract(project.config, project.dir),
        rows,
        tolerance: project.config.deploy["smoke-test"].tolerance,
      });
      expect(smoke, smoke.detail).toMatchObject({ ok: true, rows });
    } finally {
      await run("crun", ["kill", container, "KILL"]).catch(() => undefined);
      await exited;
      await run("crun", ["delete", "--force", container]).catch(() => undefined);
    }
  }, 900_000);
});
