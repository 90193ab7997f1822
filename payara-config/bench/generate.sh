#!/usr/bin/env bash
# Fills a PostgreSQL database of the CRM with benchmark data: managers, clients with their phones
# (and the numbers' digit suffixes, which the search reads) and addresses, orders with lines, their
# creation in the history and the managers' closed days.
# An explicit, opt-in command: neither the application nor the tests ever run it.
#
#   CRM_DB_URL=jdbc:postgresql://127.0.0.1:5432/crm_bench CRM_DB_USER=postgres payara-config/bench/generate.sh
#
# The database must be one the CRM has started on once (the schema is Flyway's, the administrator
# exists) and must hold no clients yet. Sizes (defaults: the issue's figures):
#   BENCH_MANAGERS=100 BENCH_CLIENTS=200000 BENCH_ORDERS=1000000 BENCH_SEED=0.42
# Managers are manager001…, each with the administrator's password hash as it was at generation
# (they sign in with the administrator's password of that moment).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { printf '[bench] %s\n' "$*" >&2; exit 1; }

url=${CRM_DB_URL:-}
[[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "CRM_DB_URL must be jdbc:postgresql://host[:port]/database (the database the CRM runs on)"
export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
export PGUSER=${CRM_DB_USER:-postgres}
[[ -n "${CRM_DB_PASSWORD:-}" ]] && export PGPASSWORD=$CRM_DB_PASSWORD

managers=${BENCH_MANAGERS:-100}
clients=${BENCH_CLIENTS:-200000}
orders=${BENCH_ORDERS:-1000000}
seed=${BENCH_SEED:-0.42}
zone=${CRM_TIMEZONE:-Europe/Moscow}
for n in "$managers" "$clients" "$orders"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_MANAGERS, BENCH_CLIENTS and BENCH_ORDERS are positive numbers"
done

printf '[bench] Generating %s managers, %s clients, %s orders into %s on %s:%s\n' \
    "$managers" "$clients" "$orders" "$PGDATABASE" "$PGHOST" "$PGPORT" >&2
start=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -v managers="$managers" -v clients="$clients" -v orders="$orders" \
    -v seed="$seed" -v zone="$zone" -f "$HERE/generate.sql"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "[bench] Generation took %.1f s\n", e - s }' >&2
