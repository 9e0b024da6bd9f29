// Minimal types for the parts of autocannon the bench uses (the package ships none).
declare module "autocannon" {
  interface Result {
    duration: number;
    requests: { total: number; average: number };
    latency: { p50: number; p99: number; max: number };
  }
  function autocannon(opts: Record<string, unknown>, cb: (err: Error | null, res: Result) => void): unknown;
  namespace autocannon {
    export type { Result };
  }
  export default autocannon;
}
