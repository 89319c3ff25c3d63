#!/usr/bin/env bash
# Build the documentation site in strict mode: any warning (a broken link or anchor, a page
# missing from the navigation, a docstring mkdocstrings cannot render) fails the build.
#
#   pip install -e ".[docs]"                 # once, in the environment that runs this
#   bash scripts/build_docs.sh [SITE_DIR]    # default: site/ at the repository root
#
# Set SITE_URL to the address the site is published at (https://example.org/az-tr-relations/)
# when it is not a domain's root: the 404 page, served at any missing address, links from it,
# and the pages' JSON-LD names it and its download. docs/example.ipynb is run during the build.
#
# The examples on the pages are doctests: `python -m pytest` runs them (docs/ is a testpath).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
site="${1:-$root/site}"
python="${PYTHON:-python}"

cd "$root"
export NO_MKDOCS_2_WARNING=1   # Material's notice about its successor is not a build problem
export MPLBACKEND=Agg           # never open a window

start=$(date +%s)
"$python" -m mkdocs build --strict --clean --config-file "$root/mkdocs.yml" --site-dir "$site"
echo "docs: site built in $(( $(date +%s) - start ))s at $site"
