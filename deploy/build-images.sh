#!/usr/bin/env bash
# Builds every plugin service and its JVM image (naap/<service>:${TAG:-dev}) with deploy/Dockerfile.jvm.
# Needs a Docker (or Podman, CONTAINER=podman) engine.
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${CONTAINER:-docker}
command -v "$engine" >/dev/null && "$engine" info >/dev/null 2>&1 || {
  echo "no running $engine engine: images cannot be built on this machine" >&2; exit 1; }
./mvnw -B -ntp -q package -DskipTests
for service in services/*/; do
  name=$(basename "$service")
  "$engine" build -f deploy/Dockerfile.jvm -t "naap/$name:${TAG:-dev}" "$service"
done
