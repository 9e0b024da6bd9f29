import { promises as fs } from "node:fs";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import {
  describeError,
  isUserError,
  UserError,
  parseInputs,
  describeSettings,
  steps,
  rollback,
  planPromotion,
  commitPromotion,
  loadProject,
  initProject,
  projectEnvironment,
  projectRegistry,
  assertModelName,
  parseModelRef,
  environmentHistory,
  modelName,
  deploymentStatus,
  stopEnvironment,
  deliveryStats,
  buildDashboard,
  gitDeployHistory,
  deployFilePath,
  type Project,
  quarantineModel,
  releaseModel,
  formatModelId,
  terminalSafe,
  actor,
  type RegistryAccess,
  type StepHost,
  type StepResult,
  type Step,
} from "@mlship/core";
import { readHostSettings, readRegistryAccess, readStepRunContext } from "@mlship/github/context";
import { runPipeline } from "./pipeline.js";
import { setVerbose, terminalLogger } from "./terminal-logger.js";
import { emit, emitError, finishJson, isJson, startJson } from "./output.js";
import { withRunnerLog } from "./runner-log.js";
import { printModelList, printModelShow, printHistory, printStats } from "./print.js";

/** Exit codes: 0 ok, 1 a gate or check failed, 2 bad usage or bad input, 70 a bug in mlship. */
const EXIT = { ok: 0, failed: 1, usage: 2, bug: 70 } as const;

/** CLI-only inputs: GitHub side effects never happen from a laptop. */
const CLI_HIDDEN = new Set(["github-token", "rollback-token", "comment", "issue", "retrain"]);

/**
 * The CLI as a host: the terminal, Ctrl-C, the run context when it runs inside a workflow (read
 * by the same reader as the action adapter's) and registry credentials (the --registry-token and
 * --registry-username flags, else MLSHIP_REGISTRY_TOKEN / MLSHIP_REGISTRY_USERNAME).
 */
function host(access: RegistryAccess = readRegistryAccess()): StepHost {
  const settings = readHostSettings();
  const ctrl = new AbortController();
  const cancel = () => ctrl.abort();
  process.once("SIGINT", cancel);
  process.once("SIGTERM", cancel);
  return {
    log: terminalLogger,
    signal: ctrl.signal,
    run: readStepRunContext(),
    registryAccess: { ...access, settings: settings.registry, debug: terminalLogger.debug },
    settings,
  };
}

function printResult(result: StepResult): void {
  emit(
    {
      ...result.document,
      ok: result.ok,
      outputs: result.outputs,
      ...(result.failure ? { failure: result.failure } : {}),
    },
    () => {
      for (const [k, v] of Object.entries(result.outputs))
        if (v !== "" && k !== "metrics") console.log(terminalSafe(`${k}: ${v}`));
    },
  );
  if (!result.ok && result.failure) console.error(`✗ ${terminalSafe(result.failure)}`);
}

/** One subcommand per step, its flags generated from the step's input declarations. */
function addStepCommand(program: Command, step: Step, state: { code: number }): void {
  const spec = step.spec;
  const cmd = program.command(spec.name).description(spec.description).option("--json", "print outputs as JSON");
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (CLI_HIDDEN.has(name)) continue;
    const desc = input.description + (input.default !== undefined ? ` (default: ${input.default})` : "");
    // One vocabulary across commands: --env (the `environment` input keeps its name in action.yml).
    const flag = name === "environment" ? "env" : name;
    const opt = input.kind === "boolean" ? new Option(`--${flag} [bool]`, desc) : new Option(`--${flag} <value>`, desc);
    if (input.choices) opt.choices(input.choices as string[]);
    cmd.addOption(opt);
    if (flag !== name) cmd.addOption(new Option(`--${name} <value>`).hideHelp());
  }
  cmd.action(async (opts: Record<string, string | boolean | undefined>) => {
    const raw = (name: string): string | undefined => {
      const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const v = name === "environment" ? (opts.env ?? opts.environment) : opts[key];
      return v === true ? "true" : v === undefined || v === false ? undefined : String(v);
    };
    const settings = parseInputs(spec, raw);
    const access = readRegistryAccess({ token: raw("registry-token"), username: raw("registry-username") });
    const h = host(access);
    h.log.debug(describeSettings(spec, settings));
    const result = await step.run(settings, h);
    printResult(result);
    state.code = result.ok ? EXIT.ok : EXIT.failed;
  });
}

/** --env <env> (alias --environment), optional: the only configured environment when there is one. */
function envOption(cmd: Command, what = "environment"): Command {
  return cmd
    .option("--env <env>", `${what} (default: the only one configured)`)
    .addOption(new Option("--environment <env>").hideHelp());
}

async function envOf(o: {
  env?: string;
  environment?: string;
  config: string;
}): Promise<{ project: Project; env: string }> {
  const project = await loadProject(o.config);
  return { project, env: projectEnvironment(project, o.env ?? o.environment, "env") };
}

function buildProgram(state: { code: number }): Command {
  const program = new Command("mlship")
    .description(
      "Validate, train, test, register, deploy and watch ML models — the same steps as the mlship GitHub Actions.",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  // promote has its own command below: `mlship promote <model-id> --env <env>` (a positional ID).
  for (const step of steps) if (step.spec.name !== "promote") addStepCommand(program, step, state);

  program
    .command("init")
    .description(
      "Start a project here: mlship.yml and a Table Schema inferred from your data, the GitHub workflow callers, a .gitignore entry",
    )
    .option("--data <path>", "training data (CSV, TSV, JSONL or Parquet)", "data/train.csv")
    .option("--label <column>", "label column (default: one named label/target/y/class/outcome, else the last)")
    .option("--name <model>", "model name (default: this folder's name)")
    .option("--dir <path>", "project folder", ".")
    .option("--force", "overwrite files that exist")
    .option(
      "--gpu",
      'train on a GPU: the callers train on ["self-hosted","gpu"] (default: GitHub-hosted ubuntu-latest)',
    )
    .action(async (o: { data: string; label?: string; name?: string; dir: string; force?: boolean; gpu?: boolean }) => {
      const r = await initProject({
        dir: path.resolve(o.dir),
        data: o.data,
        label: o.label,
        name: o.name,
        force: Boolean(o.force),
        gpu: Boolean(o.gpu),
      });
      emit({ ok: true, ...r }, () => {
        for (const f of r.written) console.log(`wrote ${f}`);
        console.log(`label: ${r.label} (${r.task})${o.label ? "" : " — pass --label <column> to choose another"}`);
        console.log(
          `features: ${r.features.join(", ")}${r.primaryKey ? ` · primary key: ${r.primaryKey} (not sent to the model)` : ""}`,
        );
        console.log(`next:\n${r.next.map((n, i) => `  ${i + 1}. ${n}`).join("\n")}`);
      });
    });

  envOption(
    program
      .command("run")
      .description("The whole pipeline: validate-data → train → quality-load-bias-test → register → deploy"),
    "environment to deploy to",
  )
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(async (o: { config: string; env?: string; environment?: string }) => {
      const { env } = await envOf(o);
      const r = await runPipeline(o.config, env, host());
      emit({ ok: r.code === 0, steps: r.steps, ...(r.failure ? { failure: r.failure } : {}) });
      state.code = r.code;
    });

  envOption(
    program
      .command("rollback")
      .description("Deploy an earlier model to an environment (default: the last good one before the current)"),
  )
    .option("--to <model-id>", "model ID to roll back to")
    .option("--reason <text>", "why (kept in history)")
    .option("--quarantine", "also quarantine the model it leaves (with the reason), so it cannot be deployed again")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(
      async (o: {
        env?: string;
        environment?: string;
        to?: string;
        reason?: string;
        quarantine?: boolean;
        config: string;
      }) => {
        if (o.quarantine && !o.reason?.trim())
          throw new UserError("--quarantine needs --reason: a quarantine says why", { input: "reason" });
        const r = await rollback(o.config, o.env ?? o.environment, o.to, o.reason, host(), {
          quarantine: Boolean(o.quarantine),
        });
        printResult(r);
        state.code = r.ok ? EXIT.ok : EXIT.failed;
      },
    );

  envOption(
    program
      .command("promote <model-id>")
      .description(
        "Propose a version for an environment: deploy/<env>.yml naming it, committed on a branch for a pull request whose merge deploys it",
      ),
  )
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(async (modelId: string, o: { env?: string; environment?: string; config: string }) => {
      const { project, env } = await envOf(o);
      const registry = await projectRegistry(project, undefined, readRegistryAccess());
      const plan = await planPromotion(project, registry, env, modelId);
      const commit = await commitPromotion(project, plan);
      emit(
        {
          ok: true,
          environment: env,
          from: plan.from,
          to: plan.to,
          file: plan.file,
          branch: plan.branch,
          commit,
          title: plan.title,
          body: plan.body,
        },
        () => {
          console.log(
            terminalSafe(`committed ${plan.file} on branch ${plan.branch} (${commit.slice(0, 12)}): ${plan.title}`),
          );
          console.log("no GitHub here: push the branch and open this pull request (gh pr create does both):");
          console.log(`  git push origin ${plan.branch}`);
          console.log(`  gh pr create --head ${plan.branch} --title '${plan.title}' --body-file <the body below>`);
          console.log(`\n${terminalSafe(plan.body)}`);
        },
      );
    });

  envOption(
    program.command("history").description("Deployments and rollbacks of an environment: who, when, from, to, why"),
  )
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--json", "print raw JSON")
    .action(async (o: { env?: string; environment?: string; config: string; json?: boolean }) => {
      const { project, env } = await envOf(o);
      const commits = await gitDeployHistory(
        project.dir,
        deployFilePath(project.dir, project.config.deploy["deploy-dir"], env),
      );
      const registry = await projectRegistry(project, undefined, readRegistryAccess());
      printHistory(await environmentHistory(registry, modelName(project), env), commits, Boolean(o.json));
    });

  envOption(
    program
      .command("stats")
      .description(
        "Delivery measures of an environment: deployment frequency, lead time, training time, time to restore",
      ),
  )
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--json", "print raw JSON")
    .action(async (o: { env?: string; environment?: string; config: string; json?: boolean }) => {
      const { project, env } = await envOf(o);
      const registry = await projectRegistry(project, undefined, readRegistryAccess());
      const stats = await deliveryStats(
        env,
        await environmentHistory(registry, modelName(project), env, { deploysOnly: true }),
        registry,
        project.dir,
      );
      printStats(stats, Boolean(o.json));
    });

  program
    .command("dashboard")
    .description(
      "Build a static site from the registry: models, versions, metrics, gates, lineage, environments, deploys, drift, delivery metrics",
    )
    .requiredOption("--out <dir>", "folder to write the site to (replaced whole)")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(async (o: { out: string; config: string }) => {
      const project = await loadProject(o.config);
      const site = await buildDashboard(project, o.out, readRegistryAccess());
      emit({ ok: true, ...site }, () =>
        console.log(
          `wrote ${site.pages} pages (${site.bytes} bytes) to ${site.dir}: open ${path.join(site.dir, "index.html")}`,
        ),
      );
    });

  program
    .command("status")
    .description("What each environment runs now (the registry's record of it)")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(async (o: { config: string }) => {
      const project = await loadProject(o.config);
      const states = await deploymentStatus(project, await projectRegistry(project, undefined, readRegistryAccess()));
      emit(states, () => {
        for (const [env, s] of Object.entries(states))
          if (s) console.log(`${env}: ${s.model} at ${s.url ?? "–"} (since ${s.deployedAt})`);
      });
    });

  envOption(program.command("stop").description("Stop the local server of an environment"))
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .action(async (o: { env?: string; environment?: string; config: string }) => {
      const { project, env } = await envOf(o);
      await stopEnvironment(project.stateDir, env);
      emit({ ok: true, stopped: env }, () => console.log(`stopped ${env}`));
    });

  const models = program.command("models").description("Browse the model registry");
  models
    .command("list")
    .description("Versions of a model (default: the model in mlship.yml)")
    .option("--name <name>", "model name")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--registry <uri>", "registry URI")
    .option("--json", "print raw JSON")
    .action(async (o: { name?: string; config: string; registry?: string; json?: boolean }) => {
      const project = await loadProject(o.config, { optional: true });
      const registry = await projectRegistry(project, o.registry, readRegistryAccess());
      const names = o.name
        ? [assertModelName(o.name, "name")]
        : project.config.model
          ? [project.config.model]
          : await registry.names();
      if (isJson()) {
        // One document: the versions of the one model, or name → versions for several.
        const lists = await Promise.all(names.map(async (n) => [n, await registry.list(n)] as const));
        emit(o.name || names.length === 1 ? (lists[0]?.[1] ?? []) : Object.fromEntries(lists));
      } else
        for (const n of names) {
          // What each environment runs now, from the registry's record of it (stages say where a version ever ran).
          const serving: Record<string, string[]> = {};
          for (const env of await registry.environments(n)) {
            const id = await registry.environment(n, env);
            if (id) (serving[formatModelId(id)] ??= []).push(env);
          }
          printModelList(n, await registry.list(n), false, serving);
        }
    });
  models
    .command("show <ref>")
    .description("One version's metadata: name@vN, name@latest, name@<env> or sha256:…")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--registry <uri>", "registry URI")
    .option("--json", "print raw JSON")
    .action(async (ref: string, o: { config: string; registry?: string; json?: boolean }) => {
      const project = await loadProject(o.config, { optional: true });
      const registry = await projectRegistry(project, o.registry, readRegistryAccess());
      const id = await registry.resolve(parseModelRef(ref, "ref"));
      printModelShow(await registry.show(id), Boolean(o.json));
    });
  models
    .command("pull <ref>")
    .description("Download a version into a folder, verifying its digest: name@vN, name@latest, name@<env> or sha256:…")
    .requiredOption("--dest <dir>", "folder to create (must not exist)")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--registry <uri>", "registry URI")
    .action(async (ref: string, o: { dest: string; config: string; registry?: string }) => {
      const project = await loadProject(o.config, { optional: true });
      const registry = await projectRegistry(project, o.registry, readRegistryAccess());
      const dest = path.resolve(o.dest);
      if (
        await fs.stat(dest).then(
          () => true,
          () => false,
        )
      )
        throw new UserError(`--dest ${o.dest} already exists`, { input: "dest" });
      const info = await registry.pull(await registry.resolve(parseModelRef(ref, "ref")), dest);
      emit({ ok: true, ...info, dest }, () =>
        console.log(`pulled ${info.id} (${info.digest}, ${info.files} files) into ${dest}`),
      );
    });
  models
    .command("gc")
    .description("Remove blobs no version points at (left by interrupted pushes)")
    .option("--config <path>", "mlship.yml", "mlship.yml")
    .option("--registry <uri>", "registry URI")
    .option("--grace <minutes>", "keep orphans younger than this (a push may still be writing)", "60")
    .action(async (o: { config: string; registry?: string; grace: string }) => {
      const project = await loadProject(o.config, { optional: true });
      const minutes = Number(o.grace);
      if (!Number.isFinite(minutes) || minutes < 0)
        throw new UserError(`--grace must be a number of minutes >= 0, got '${o.grace}'`, { input: "grace" });
      const removed = await (await projectRegistry(project, o.registry, readRegistryAccess())).gc({
        graceMs: minutes * 60_000,
      });
      emit({ ok: true, removed: removed ?? null }, () =>
        console.log(
          removed === undefined
            ? "this registry collects its own garbage (run its garbage collector); nothing removed"
            : `removed ${removed} orphan blob(s)`,
        ),
      );
    });
  for (const [verb, what] of [
    ["quarantine", "Stop a version from being deployed (or resolved as @latest)"],
    ["release", "Lift a version's quarantine"],
  ] as const) {
    models
      .command(`${verb} <ref>`)
      .description(`${what}; logged with who, when and why`)
      .requiredOption("--reason <text>", "why (kept in the log)")
      .option("--config <path>", "mlship.yml", "mlship.yml")
      .option("--registry <uri>", "registry URI")
      .action(async (ref: string, o: { reason: string; config: string; registry?: string }) => {
        if (!o.reason.trim()) throw new UserError("--reason must say why", { input: "reason" });
        const project = await loadProject(o.config, { optional: true });
        const registry = await projectRegistry(project, o.registry, readRegistryAccess());
        const id = await registry.resolve(parseModelRef(ref, "ref"));
        const by = actor(readStepRunContext());
        if (verb === "quarantine") await quarantineModel(registry, id, o.reason, { by });
        else await releaseModel(registry, id, o.reason, { by });
        // A quarantine stops future deploys; where the model serves already, it says how to stop it.
        const serving: string[] = [];
        if (verb === "quarantine")
          for (const env of await registry.environments(id.name))
            if ((await registry.environment(id.name, env))?.version === id.version) serving.push(env);
        for (const env of serving)
          console.error(
            terminalSafe(
              `mlship: ${formatModelId(id)} still serves ${env}: roll it back with mlship rollback --env ${env} --reason "<why>"`,
            ),
          );
        emit({ ok: true, model: formatModelId(id), action: verb, reason: o.reason, stillServes: serving }, () =>
          console.log(
            terminalSafe(`${formatModelId(id)} ${verb === "quarantine" ? "quarantined" : "released"}: ${o.reason}`),
          ),
        );
      });
  }
  addJsonEverywhere(program);
  return program;
}

/** Runs the CLI and returns its exit code (the bin calls process.exit with it). */
export async function main(argv: string[]): Promise<number> {
  const state = { code: EXIT.ok as number };
  const program = buildProgram(state);
  return withRunnerLog(async () => {
    if (argv.includes("--json")) startJson();
    setVerbose(argv.includes("--verbose"));
    const code = await runProgram(program, argv, state);
    finishJson({ ok: code === EXIT.ok });
    return code;
  });
}

async function runProgram(program: Command, argv: string[], state: { code: number }): Promise<number> {
  try {
    await program.parseAsync(argv, { from: "user" });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      emitError(e.message, EXIT.usage);
      return EXIT.usage;
    }
    if (isUserError(e)) {
      console.error(`mlship: ${terminalSafe(describeError(e))}`);
      emitError(describeError(e), e.exitCode);
      return e.exitCode;
    }
    console.error("mlship: internal error (a bug; please report it with this trace):");
    console.error(terminalSafe((e as Error)?.stack ?? String(e)));
    emitError(`internal error: ${(e as Error)?.message ?? String(e)}`, EXIT.bug);
    return EXIT.bug;
  }
}

/**
 * Every command takes --json (one JSON document on stdout, everything else on stderr) and
 * --verbose (debug lines on stderr: the resolved settings, the registry backend opened).
 */
function addJsonEverywhere(cmd: Command): void {
  for (const c of cmd.commands) {
    if (c.commands.length) addJsonEverywhere(c);
    else {
      if (!c.options.some((o) => o.long === "--json"))
        c.option("--json", "print one JSON document on stdout (logs go to stderr)");
      c.option("--verbose", "print debug lines on stderr (resolved settings, the registry backend opened)");
    }
  }
}
