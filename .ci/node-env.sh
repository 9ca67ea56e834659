# Puts a Node >= 22.12 first on PATH, installing Node 24 from the npm registry into .tools/ when the
# machine's is older. Sourced by ./casebook and .ci/run; safe to source by hand in a shell
# (`source .ci/node-env.sh`): on failure it returns an error and never exits the shell.
want_major=22; want_minor=12
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>$want_major||(a===$want_major&&b>=$want_minor)?0:1)"
}
if [ -x .tools/node_modules/.bin/node ]; then export PATH="$PWD/.tools/node_modules/.bin:$PATH"; fi
if ! node_ok; then
  echo "› Node $(node --version 2>/dev/null || echo none) is older than $want_major.$want_minor: installing Node $(cat .nvmrc) into .tools/ (once)"
  if npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "node@$(cat .nvmrc)" >/dev/null; then
    export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  fi
  node_ok || { echo "could not install a suitable Node (is the npm registry reachable?)" >&2; return 1 2>/dev/null || exit 1; }
fi
