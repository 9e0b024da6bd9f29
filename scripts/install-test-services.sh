#!/usr/bin/env bash
# Installs what the tests start as real servers: Debian's docker-registry (the OCI registry the
# registry tests push to), and Debian's chromium, the browser the report and dashboard tests drive
# with playwright-core. The S3 server (s3rver) comes with npm ci. Idempotent.
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
docker-registry --version
chromium --version
