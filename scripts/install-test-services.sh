#!/usr/bin/env bash
# Installs what the tests start as real servers: Debian's docker-registry (the OCI registry the
# registry tests push to), and Debian's chromium, the browser the report and dashboard tests drive
# with playwright-core, and the OCI tools test/package-run.test.ts builds, unpacks and runs an image
# with (mmdebstrap for its Debian base, umoci, skopeo, crun). The S3 server (s3rver) comes with
# npm ci. Idempotent.
set -euo pipefail
if ! command -v docker-registry >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker-registry >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
missing=""
for tool in umoci crun skopeo mmdebstrap; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
docker-registry --version
chromium --version
umoci --version
crun --version | head -1
skopeo --version
mmdebstrap --version
