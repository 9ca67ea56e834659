# Sourced by .ci/run (and usable by hand: `source .ci/node-env.sh`): puts a Node >= 22.12 first
# on PATH, installing Node 24 from the npm registry into .tools/ when the machine's is older.
want_major=22; want_minor=12
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>$want_major||(a===$want_major&&b>=$want_minor)?0:1)"
}
if [ -x .tools/node_modules/.bin/node ]; then export PATH="$PWD/.tools/node_modules/.bin:$PATH"; fi
if ! node_ok; then
  echo "› Node $(node --version 2>/dev/null || echo none) is older than $want_major.$want_minor: installing Node $(cat .nvmrc) into .tools/"
  npm install --prefix .tools --no-save --no-audit --no-fund "node@$(cat .nvmrc)" >/dev/null
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  node_ok || { echo "could not install a suitable Node" >&2; exit 1; }
fi
