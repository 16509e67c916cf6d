#!/usr/bin/env bash
# Worst-case search cost, and what searching does to cached pages.
#
#   bench/search.sh [ARTICLES]
#   BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bench/search.sh [ARTICLES]
#
# Publishes the site in Release, generates ARTICLES seeds (default 10000) with generate-seeds and
# imports them into a new store (shared with bench/load.sh: the same folder and database), then:
#
# 1. Each query below, with the output cache off and no rate limit: one warm-up request, then
#    BENCH_REPEAT (10) requests one after another. Prints what the page said (refused, how many
#    found, ranked or newest first), the median and slowest response time, and the processor time
#    per request of the site and, on PostgreSQL, of the server's processes (from /proc: other work
#    on a busy machine stretches the response times, much less the processor time).
#    The generated articles use about a hundred distinct words, each in nearly every article: every
#    search for them matches nearly everything, the worst case for ranking and snippets.
# 2. Cached pages while search is hammered, with the site's default limits and output cache:
#    wrk on an article alone, then the same again while a second wrk sends searches as fast as it
#    can over 8 connections, each request a query of 1 to 6 of the commonest words, for any page,
#    from one of 256 client addresses (X-Forwarded-For, trusted from 127.0.0.1). Prints both runs
#    and how the searches were answered.
#
# Needs wrk, sqlite3 (or psql), bc and curl (apt-get install -y wrk sqlite3 bc curl). Traffic stays on 127.0.0.1.
set -euo pipefail

articles=${1:-10000}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/newssite-load}
port=${BENCH_PORT:-5311}
repeat=${BENCH_REPEAT:-10}
duration=${BENCH_DURATION:-10s}
base="http://127.0.0.1:$port"
postgres=${BENCH_POSTGRES:-}
query_tool=sqlite3
[ -n "$postgres" ] && query_tool=psql
for tool in wrk "$query_tool" bc curl ss; do
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

middle='SELECT '"'"'/'"'"' || "SectionSlug" || '"'"'/'"'"' || "Slug" FROM "Articles" WHERE "WithdrawnUtc" IS NULL ORDER BY "Id" LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Articles")'
if [ -n "$postgres" ]; then
  export Database__Provider=Postgres ConnectionStrings__News="$postgres;Database=newssite_bench_$articles"
  psql_args=$(echo "$postgres" | tr ';' '\n' | sed -nE 's/^Host=(.*)/-h \1/p; s/^Port=(.*)/-p \1/p; s/^Username=(.*)/-U \1/p' | tr '\n' ' ')
  query() { psql $psql_args -d "newssite_bench_$articles" -tAc "$1"; }
  if ! psql $psql_args -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'newssite_bench_$articles'" | grep -q 1; then
    echo "== importing into PostgreSQL database newssite_bench_$articles" >&2
    "$app" import "$seeds" | tail -n 1 >&2
  fi
else
  db="$work/news-$articles.db"
  export ConnectionStrings__News="Data Source=$db"
  query() { sqlite3 "$db" "$1"; }
  if [ ! -f "$db" ]; then
    echo "== importing into $db" >&2
    "$app" import "$seeds" | tail -n 1 >&2
  fi
fi
export Import__ImportWhenEmpty=false Serilog__MinimumLevel__Default=Warning
article=$(query "$middle")

pid=""
start_site() {
  (cd "$work/app" && exec env "$@" "$app" --urls "$base") > "$work/search-site.log" 2>&1 &
  pid=$!
  until curl -fso /dev/null "$base/healthz"; do sleep 0.05; done
}
stop_site() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop_site EXIT
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
# PostgreSQL's processes: the children of the server listening on the store's port.
store_ticks() {
  [ -n "$postgres" ] || { echo 0; return; }
  local port postmaster
  port=$(echo "$postgres" | sed -nE 's/.*Port=([0-9]+).*/\1/p')
  postmaster=$(ss -ltnpH "sport = :${port:-5432}" | grep -oE 'pid=[0-9]+' | head -n 1 | cut -d= -f2)
  awk -v parent="$postmaster" '$4 == parent { sum += $14 + $15 } END { print sum + 0 }' /proc/[0-9]*/stat 2>/dev/null
}
encode() { printf '%s' "$1" | od -An -tx1 -v | tr -s ' \n' ' ' | sed 's/ $//; s/ /%/g'; }

# The worst a search may ask within SearchQuery's bounds: 6 words or phrases, 12 words, 2 prefixes.
queries=(
  'a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR j* OR k* OR l* OR m* OR n* OR o* OR p* OR q* OR r* OR s* OR t* OR u* OR v* OR w* OR x* OR y* OR z*'
  'critics published spring council said the talks'
  'the'
  'critics published spring council said the'
  'critics OR published OR spring OR council OR said OR the'
  '"critics said the council spring of year the talks after local plans"'
  'cri* OR pub*'
  'the* cou* critics published spring said'
  '(critics OR published) AND (spring OR council) NOT (zebra OR talks)'
  'call'
  'call critics published spring council said'
  'pyongyang'
)

echo "== 1. each query: $repeat requests after a warm-up, output cache off, no rate limit" >&2
start_site Site__OutputCache=false Search__SearchesPerMinute=100000 Search__Timeout=00:00:30
ticks_per_second=$(getconf CLK_TCK)
printf '%s articles on %s, %s\n' "$articles" "${Database__Provider:-Sqlite}" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-40s %-44s %9s %9s %10s %10s\n' "query" "the page says" "p50" "slowest" "site CPU" "store CPU"
for q in "${queries[@]}"; do
  url="$base/search?q=$(encode "$q")"
  said=$(curl -fs "$url" | grep -oE 'role="alert">[^<]*|class="search-count">[^<]*' | head -n 1 | sed -E 's/.*">//; s/&quot;/"/g; s/That search was not run: /refused: /; s/ articles found\./ found/; s/ More than .* newest come first\./, newest first/')
  before=$(cpu_ticks); store_before=$(store_ticks)
  times=$(for _ in $(seq "$repeat"); do curl -fso /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
  after=$(cpu_ticks); store_after=$(store_ticks)
  p50=$(echo "$times" | awk -v n="$repeat" 'NR == int((n + 1) / 2) { print $1 * 1000 }')
  slowest=$(echo "$times" | tail -n 1 | awk '{ print $1 * 1000 }')
  cpu=$(echo "($after - $before) * 1000 / $ticks_per_second / $repeat" | bc -l)
  store=$(echo "($store_after - $store_before) * 1000 / $ticks_per_second / $repeat" | bc -l)
  printf '%-40.40s %-44.44s %7.1fms %7.1fms %8.1fms %8.1fms\n' "$q" "$said" "$p50" "$slowest" "$cpu" "$store"
done
stop_site

echo "== 2. an article while search is hammered (defaults: limits on, output cache on)" >&2
start_site
cat > "$work/search-hammer.lua" <<'LUA'
local words = {"critics", "published", "spring", "council", "said", "the", "talks", "bodies", "year", "costs", "call", "back", "reject", "push", "ottawa", "deal"}
request = function()
  local q = {}
  for i = 1, math.random(1, 6) do q[i] = words[math.random(#words)] end
  wrk.headers["X-Forwarded-For"] = "10.0." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "/search?q=" .. table.concat(q, "+") .. "&page=" .. math.random(1, 500))
end
LUA
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }
report() {
  local out=$1 name=$2
  printf '%-34s %10.0f %8.2fms %8.2fms\n' "$name" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")" "$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")"
}
curl -fso /dev/null "$base$article"
printf '%-34s %10s %10s %10s\n' "article $article" "requests/s" "p50" "p99" | cut -c1-80
report "$(wrk -t1 -c16 -d"$duration" --latency "$base$article")" "alone"
wrk -t1 -c8 -d"$duration" -s "$work/search-hammer.lua" "$base" > "$work/search-hammer.out" &
hammer=$!
report "$(wrk -t1 -c16 -d"$duration" --latency "$base$article")" "while search is hammered"
wait $hammer
searches=$(awk '/requests in/ {print $1}' "$work/search-hammer.out")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/search-hammer.out")
echo "searches sent: $searches, of which answered 429 or 503: ${non2xx:-0}; the site log's warnings: $(grep -c WRN "$work/search-site.log" || true)"
