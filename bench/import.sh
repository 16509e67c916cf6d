#!/usr/bin/env bash
# Import growth: the same generated seeds imported at two sizes into new stores, and whether the
# time grew linearly.
#
#   bench/import.sh [SMALL] [LARGE]        # default 1000 10000
#   BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bench/import.sh
#
# Publishes the site in Release, writes LARGE seeds with `generate-seeds` (the first SMALL of them
# are the small set), imports each set into a new store with `import`, and prints for each the
# importer's own time, the wall time and the peak memory (/usr/bin/time). Exits 1 when the large
# import took more than 1.5 × (LARGE / SMALL) times the small one: growth that is not linear.
# With BENCH_POSTGRES set, each store is a new database on that server (dropped afterwards).
set -euo pipefail

small=${1:-1000}
large=${2:-10000}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/newssite-import}
postgres=${BENCH_POSTGRES:-}
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed: apt-get install -y time" >&2; exit 2; }

mkdir -p "$work"
echo "== publishing (Release)" >&2
dotnet publish "$repo/src/NewsSite.Web" -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v quiet >&2
app="$work/app/NewsSite.Web"

rm -rf "$work/seeds-$large" "$work/seeds-$small"
"$app" generate-seeds "$large" "$work/seeds-$large" --seed 1 >&2
mkdir -p "$work/seeds-$small"
find "$work/seeds-$large" -name '*.txt' | sort > "$work/files.txt"
sed -n "1,${small}p" "$work/files.txt" | xargs cp -t "$work/seeds-$small"

# Prints "SECONDS PEAK_KB" for one import of FOLDER into a new store.
import() {
  local folder=$1 name=$2 report
  if [ -n "$postgres" ]; then
    export Database__Provider=Postgres ConnectionStrings__News="$postgres;Database=newssite_import_$name"
  else
    rm -f "$work/$name.db"*
    export ConnectionStrings__News="Data Source=$work/$name.db"
  fi
  report=$(/usr/bin/time -f "wall %e s, peak %M KB" "$app" import "$folder" 2>&1 | tail -n 2)
  echo "$report" | sed "s/^/  $name: /" >&2
  if [ -n "$postgres" ]; then
    psql "$postgres" -qc "DROP DATABASE IF EXISTS newssite_import_$name" >/dev/null 2>&1 || true
  fi
  echo "$report" | sed -nE 's/.* in ([0-9.]+) s$/\1/p'
}

echo "== importing $small and $large seeds$([ -n "$postgres" ] && echo ' (PostgreSQL)')" >&2
t_small=$(import "$work/seeds-$small" "n$small")
t_large=$(import "$work/seeds-$large" "n$large")
ratio=$(awk -v a="$t_small" -v b="$t_large" 'BEGIN { printf "%.2f", b / a }')
limit=$(awk -v s="$small" -v l="$large" 'BEGIN { printf "%.2f", 1.5 * l / s }')
echo "$small seeds: $t_small s; $large seeds: $t_large s; ratio $ratio (linear: $(awk -v s="$small" -v l="$large" 'BEGIN { print l / s }'), limit $limit)"
awk -v r="$ratio" -v l="$limit" 'BEGIN { exit !(r <= l) }' || { echo "import growth is not linear" >&2; exit 1; }
