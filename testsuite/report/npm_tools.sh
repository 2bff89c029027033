#!/bin/sh
# npm_tools.sh DIR — installs the report validators into DIR, a cache inside the build tree:
# Microsoft's SARIF Multitool (@microsoft/sarif-multitool-linux) and the ajv JSON Schema validator
# (ajv-cli). Versions are pinned so that the same checks run everywhere. Does nothing when both are
# already there. Needs npm and access to the npm registry (scripts/setup.sh installs nodejs and npm).
set -eu
DIR=$1
MULTITOOL="$DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
AJV="$DIR/node_modules/.bin/ajv"
if [ -f "$MULTITOOL" ] && [ -x "$AJV" ]; then
    chmod u+x "$MULTITOOL"
    echo "report validators present in $DIR"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "npm_tools.sh: error: npm is not installed; run scripts/setup.sh (it installs nodejs and npm)" >&2
    exit 1
fi
mkdir -p "$DIR"
[ -f "$DIR/package.json" ] || printf '{ "name": "ddicheck-report-validators", "private": true }\n' > "$DIR/package.json"
npm install --prefix "$DIR" --no-audit --no-fund --no-save \
    @microsoft/sarif-multitool-linux@5.7.0 ajv-cli@5.0.0
# the package's postinstall step only sets the execute bit; npm may skip install scripts
chmod u+x "$MULTITOOL"
"$MULTITOOL" --version >/dev/null 2>&1 || DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$MULTITOOL" --version
echo "report validators installed in $DIR"
