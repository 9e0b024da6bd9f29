#!/usr/bin/env node
// The CLI is bundled (dist/index.js, committed and checked fresh in CI) so it starts fast and
// needs no TypeScript at run time.
import "../dist/index.js";
