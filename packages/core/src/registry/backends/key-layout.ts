/**
 * Object keys shared by the file and S3 backends (relative to the registry's root or prefix):
 *   blobs/sha256/<hex>                      model tars and attachments, content-addressed
 *   models/<name>/versions/v<N>.json        immutable version records, created only if absent
 *   models/<name>/state/v<N>.json           stages and quarantine (replaced whole)
 *   models/<name>/environments/<env>.json   which version an environment runs
 */
export const layout = {
  blob: (digest: string) => `blobs/sha256/${digest.replace(/^sha256:/, "")}`,
  blobsDir: "blobs/sha256",
  models: "models",
  versionsDir: (name: string) => `models/${name}/versions`,
  version: (name: string, version: number) => `models/${name}/versions/v${version}.json`,
  state: (name: string, version: number) => `models/${name}/state/v${version}.json`,
  environment: (name: string, env: string) => `models/${name}/environments/${env}.json`,
};

/** Version numbers from the file names of a versions folder (others ignored). */
export function versionNumbers(fileNames: string[]): number[] {
  return fileNames
    .map((f) => /^v([1-9][0-9]*)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));
}
