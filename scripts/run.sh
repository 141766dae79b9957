#!/usr/bin/env bash
# Opens News Atlas on its built-in article and map (installs Fyne's build
# packages first if they are missing). Extra arguments are files to open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --gui-only
export PATH="$PATH:/usr/local/go/bin"
go build -o bin/newsatlas .
exec bin/newsatlas "$@"
