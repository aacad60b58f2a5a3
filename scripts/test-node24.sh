#!/usr/bin/env bash
# The second test pass: every vitest suite again, on Node 24 and against openai 7, the other ends of the supported
# ranges (engines ">=20.19", peer "openai": "^6 || ^7"). The first pass (npm test) runs on Node 20 with openai 6.
#
# openai 7 goes into a throwaway prefix (.baton/openai7, gitignored), never into package.json or package-lock.json;
# vitest.shared.ts resolves `openai` from there when BATON_OPENAI_DIR is set. Node 24 comes from the npm registry.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$root/.baton/openai7"
openai_range="${BATON_OPENAI7_RANGE:-^7}"

installed_major() {
  node -e 'try { const v = require(process.argv[1]).version; console.log(v.split(".")[0]); } catch { console.log(""); }' \
    "$prefix/node_modules/openai/package.json"
}

if [ "$(installed_major)" != "7" ]; then
  echo "test-node24: installing openai@$openai_range into .baton/openai7"
  mkdir -p "$prefix"
  [ -f "$prefix/package.json" ] || echo '{ "private": true }' > "$prefix/package.json"
  # --prefix keeps npm away from the workspace root; --no-save and --no-package-lock leave no trace outside .baton/.
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "openai@$openai_range"
fi

node24="$(npx --yes --package=node@24 --call 'node -p process.execPath' | tail -n 1)"
echo "test-node24: node $("$node24" --version), openai $(node -p "require('$prefix/node_modules/openai/package.json').version")"

cd "$root"
# Node 24 first on PATH, so turbo, npm and vitest (all `#!/usr/bin/env node`) run on it.
PATH="$(dirname "$node24"):$PATH" \
  BATON_OPENAI_DIR="$prefix" \
  BATON_EXPECT_OPENAI_MAJOR=7 \
  BATON_EXPECT_NODE_MAJOR=24 \
  npx turbo run test --output-logs=errors-only "$@"
