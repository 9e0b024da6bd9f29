/**
 * The registry's keys, one layout for every backend (file and S3 store them as `<key>` objects;
 * OCI maps each to a tag, see oci.ts). Keys are relative to the registry's root or prefix:
 *   blobs/sha256/<hex>                                  model tars and attachments, content-addressed
 *   models/<name>/versions/v<N>.json                    immutable version records, created only if absent
 *   models/<name>/state/v<N>.json                       stages a version ran in, as written before stage records (read only)
 *   models/<name>/stages/v<N>/<env>.json                that version ran in <env>: one record per environment, so
 *                                                       concurrent deploys to different environments lose none
 *   models/<name>/images/v<N>.json                      the version's OCI image (mlship package), replaced when repackaged
 *   models/<name>/environments/<env>.json               what an environment runs now (written with its events)
 *   models/<name>/environments/<env>/events/<seq>.json  the environment's events, created only if absent
 *   models/<name>/environments/<env>/drift/<seq>.json   the environment's drift checks, created only if absent
 *   models/<name>/environments/<env>/performance/<seq>.json  its performance checks, created only if absent
 *   models/<name>/events/<seq>.json                     quarantines and releases outside any environment
 *   quarantine/sha256/<hex>.json                        quarantine by content digest (replaced whole)
 * Versions, events and drift checks are claimed with the same create-if-absent primitive (createRecord).
 */
export const layout = {
  blob: (digest: string) => `blobs/sha256/${digest.replace(/^sha256:/, "")}`,
  blobsDir: "blobs/sha256",
  models: "models",
  versionsDir: (name: string) => `models/${name}/versions`,
  version: (name: string, version: number) => `models/${name}/versions/v${version}.json`,
  state: (name: string, version: number) => `models/${name}/state/v${version}.json`,
  stagesDir: (name: string, version?: number) =>
    version === undefined ? `models/${name}/stages` : `models/${name}/stages/v${version}`,
  stage: (name: string, version: number, env: string) => `models/${name}/stages/v${version}/${env}.json`,
  image: (name: string, version: number) => `models/${name}/images/v${version}.json`,
  environment: (name: string, env: string) => `models/${name}/environments/${env}.json`,
  environmentsDir: (name: string) => `models/${name}/environments`,
  eventsDir: (name: string, env: string | null) =>
    env === null ? `models/${name}/events` : `models/${name}/environments/${env}/events`,
  event: (name: string, env: string | null, seq: number) =>
    `${env === null ? `models/${name}/events` : `models/${name}/environments/${env}/events`}/${seq}.json`,
  driftDir: (name: string, env: string) => `models/${name}/environments/${env}/drift`,
  drift: (name: string, env: string, seq: number) => `models/${name}/environments/${env}/drift/${seq}.json`,
  performanceDir: (name: string, env: string) => `models/${name}/environments/${env}/performance`,
  performance: (name: string, env: string, seq: number) => `models/${name}/environments/${env}/performance/${seq}.json`,
  quarantineDir: "quarantine/sha256",
  quarantine: (digest: string) => `quarantine/sha256/${digest.replace(/^sha256:/, "")}.json`,
};

/** Version numbers from the file names of a versions folder (others ignored). */
export function versionNumbers(fileNames: string[]): number[] {
  return fileNames
    .map((f) => /^v([1-9][0-9]*)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));
}

/** Sequence numbers from the keys (or file names) of an events folder (others ignored). */
export function sequenceNumbers(keys: string[]): number[] {
  return keys
    .map((k) => /(?:^|\/)([1-9][0-9]*)\.json$/.exec(k))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));
}
