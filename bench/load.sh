#!/usr/bin/env bash
# Load comparison: reader pages against the same bytes served as a static file by the same Kestrel.
#
#   bench/load.sh [ARTICLES] [--no-cache]
#   BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bench/load.sh [ARTICLES] [--no-cache]
#
# Publishes the site in Release, generates ARTICLES seeds (default 10000) and imports them into a
# new store, starts the site, and runs wrk (2 threads, 32 connections, 10 s) against: an article,
# the home page, a section's list page 1 and a deep page, and a static copy of the article's bytes.
# Prints requests/s, p50 and p99 for each and each page's ratio to the static file, then the
# start-up time (process start to the first article response) and the server's memory.
# --no-cache turns the output cache off, to measure the pages themselves (growth targets).
# With BENCH_POSTGRES set to a server's connection string (.ci/postgres starts one), the store is
# the database newssite_bench_ARTICLES on that server instead of a SQLite file.
# Needs wrk, sqlite3 (or psql), bc and curl (apt-get install -y wrk sqlite3 bc curl). Traffic stays on 127.0.0.1.
set -euo pipefail

articles=${1:-10000}
cache=true
[ "${2:-}" = "--no-cache" ] && cache=false
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/newssite-load}
port=${BENCH_PORT:-5310}
duration=${BENCH_DURATION:-10s}
base="http://127.0.0.1:$port"

postgres=${BENCH_POSTGRES:-}
query_tool=sqlite3
[ -n "$postgres" ] && query_tool=psql
for tool in wrk "$query_tool" bc curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: apt-get install -y wrk sqlite3 bc curl" >&2; exit 2; }
done
mkdir -p "$work"
echo "== publishing (Release)" >&2
dotnet publish "$repo/src/NewsSite.Web" -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v quiet >&2
app="$work/app/NewsSite.Web"

seeds="$work/seeds-$articles"
if [ ! -d "$seeds" ] || [ "$(find "$seeds" -name '*.txt' | wc -l)" -ne "$articles" ]; then
  rm -rf "$seeds"
  echo "== generating $articles seeds" >&2
  "$app" generate-seeds "$articles" "$seeds" --seed 1 >&2
fi

# An article from the middle of the store, not the newest.
middle='SELECT '"'"'/'"'"' || "SectionSlug" || '"'"'/'"'"' || "Slug" FROM "Articles" WHERE "WithdrawnUtc" IS NULL ORDER BY "Id" LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Articles")'
if [ -n "$postgres" ]; then
  export Database__Provider=Postgres ConnectionStrings__News="$postgres;Database=newssite_bench_$articles"
  psql_args=$(echo "$postgres" | tr ';' '\n' | sed -nE 's/^Host=(.*)/-h \1/p; s/^Port=(.*)/-p \1/p; s/^Username=(.*)/-U \1/p' | tr '\n' ' ')
  query() { psql $psql_args -d "newssite_bench_$articles" -tAc "$1"; }
  if ! psql $psql_args -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'newssite_bench_$articles'" | grep -q 1; then
    echo "== importing into PostgreSQL database newssite_bench_$articles" >&2
    /usr/bin/time -f "import: %e s wall, %M KB peak RSS" "$app" import "$seeds" | tail -n 1 >&2
  fi
else
  db="$work/news-$articles.db"
  export ConnectionStrings__News="Data Source=$db"
  query() { sqlite3 "$db" "$1"; }
  if [ ! -f "$db" ]; then
    echo "== importing into $db" >&2
    /usr/bin/time -f "import: %e s wall, %M KB peak RSS" "$app" import "$seeds" | tail -n 1 >&2
  fi
fi

static="$work/static"
mkdir -p "$static/copy"
export Import__ImportWhenEmpty=false Site__OutputCache=$cache Site__ExtraStaticFilesPath="$static"
export Serilog__MinimumLevel__Default=Warning
article=$(query "$middle")
section=$(echo "$article" | cut -d/ -f2)

echo "== starting the site on $base (output cache: $cache)" >&2
(cd "$work/app" && exec "$app" --urls "$base") > "$work/site.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
started=$(date +%s.%N)
until curl -fso /dev/null "$base$article"; do sleep 0.02; done
first=$(echo "$(date +%s.%N) - $started" | bc)
curl -fso "$static/copy/article.html" "$base$article"

declare -a names=("static file" "article" "home" "list page 1" "list page 500")
declare -a urls=("/_files/copy/article.html" "$article" "/" "/$section" "/$section?page=500")
pages=$(curl -fs "$base/$section" | grep -o 'Page 1 of [0-9]*' | grep -o '[0-9]*$' || echo 1)
[ "$pages" -lt 500 ] && urls[4]="/$section?page=$pages" && names[4]="list page $pages (last)"

printf '%s articles on %s, output cache %s, %s per run, %s\n' "$articles" "${Database__Provider:-Sqlite}" "$cache" "$duration" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-22s %12s %10s %10s %10s %10s\n' "page" "requests/s" "p50" "p99" "rps/static" "p99/static"
static_rps=""; static_p99=""
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }
for i in "${!urls[@]}"; do
  curl -fso /dev/null "$base${urls[$i]}" # warm
  out=$(wrk -t2 -c32 -d"$duration" --latency "$base${urls[$i]}")
  if echo "$out" | grep -q "Non-2xx"; then echo "non-2xx answers for ${urls[$i]}" >&2; fi
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  if [ -z "$static_rps" ]; then static_rps=$rps; static_p99=$p99; fi
  printf '%-22s %12.0f %8.2fms %8.2fms %10.2f %10.2f\n' "${names[$i]}" "$rps" "$p50" "$p99" \
    "$(echo "$rps / $static_rps" | bc -l)" "$(echo "$p99 / $static_p99" | bc -l)"
done
printf 'first article response %.2f s after process start; server RSS %s MB after the runs\n' "$first" "$(( $(ps -o rss= -p $pid) / 1024 ))"
