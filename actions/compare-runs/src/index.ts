import module from "node:module";

// Node ≥ 22.1 (actions run on node24) keeps the code it compiles on disk, so a later mlship step
// on the same runner compiles none of the shared chunks again; the action is imported after that.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import("./main.js");
await run();
