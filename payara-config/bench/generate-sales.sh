#!/usr/bin/env bash
# Fills a PostgreSQL database of the CRM with sales benchmark data: salespeople with extensions,
# clients, a year of deals on the first pipeline with their history and activities, and the PBX
# log of the salespeople's calls. An explicit, opt-in command: neither the application nor the
# tests ever run it.
#
#   CRM_DB_URL=jdbc:postgresql://127.0.0.1:5432/crm_bench9 CRM_DB_USER=postgres payara-config/bench/generate-sales.sh
#
# The database must be one the CRM (V18 or later) has started on once and must hold no deals or
# calls yet. Sizes (defaults: the sales issue's figures):
#   BENCH_SELLERS=50 BENCH_CLIENTS=20000 BENCH_DEALS=100000 BENCH_OPEN=5000 BENCH_CALLS=500000 BENCH_SEED=0.42
# Salespeople are seller001…, with the administrator's password hash as it was at generation.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { printf '[bench] %s\n' "$*" >&2; exit 1; }

url=${CRM_DB_URL:-}
[[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "CRM_DB_URL must be jdbc:postgresql://host[:port]/database (the database the CRM runs on)"
export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
export PGUSER=${CRM_DB_USER:-postgres}
[[ -n "${CRM_DB_PASSWORD:-}" ]] && export PGPASSWORD=$CRM_DB_PASSWORD

sellers=${BENCH_SELLERS:-50}
clients=${BENCH_CLIENTS:-20000}
deals=${BENCH_DEALS:-100000}
open=${BENCH_OPEN:-5000}
calls=${BENCH_CALLS:-500000}
seed=${BENCH_SEED:-0.42}
zone=${CRM_TIMEZONE:-Europe/Moscow}
for n in "$sellers" "$clients" "$deals" "$open" "$calls"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SELLERS, BENCH_CLIENTS, BENCH_DEALS, BENCH_OPEN and BENCH_CALLS are positive numbers"
done
(( open <= deals )) || die "BENCH_OPEN is at most BENCH_DEALS"
(( sellers <= 999 )) || die "BENCH_SELLERS is at most 999"

printf '[bench] Generating %s salespeople, %s clients, %s deals (%s open), %s calls into %s on %s:%s\n' \
    "$sellers" "$clients" "$deals" "$open" "$calls" "$PGDATABASE" "$PGHOST" "$PGPORT" >&2
start=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -v sellers="$sellers" -v clients="$clients" -v deals="$deals" -v open="$open" \
    -v calls="$calls" -v seed="$seed" -v zone="$zone" -f "$HERE/generate-sales.sql"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "[bench] Generation took %.1f s\n", e - s }' >&2
