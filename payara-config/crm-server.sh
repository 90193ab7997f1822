#!/usr/bin/env bash
# Creates, configures and runs the CRM's Payara Server domain. Nothing is installed by hand: the
# build fetches Payara Server and the PostgreSQL driver from Maven Central (payara-config/target).
#
#   crm-server.sh run            build, create or update the domain, deploy, serve in the foreground
#   crm-server.sh prepare-test   create the integration-test domain (used by the Maven build)
#   crm-server.sh stop           stop the domain started by "run"
#
# Settings come from environment variables; the README lists them all.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PAYARA_HOME="$HERE/target/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DRIVER="$HERE/target/drivers/postgresql.jar"
EAR="$ROOT/crm-ear/target/crm.ear"
POOL=crm-pool

log() { printf '[crm] %s\n' "$*" >&2; }
die() { printf '[crm] %s\n' "$*" >&2; exit 1; }

# asadmin with the console credentials of the domain being worked on.
admin() { "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" "$@"; }
remote() { admin --port "$ADMIN_PORT" "$@"; }

write_password_file() {
    PASSWORD_FILE=$(mktemp)
    chmod 600 "$PASSWORD_FILE"
    printf 'AS_ADMIN_PASSWORD=%s\n' "$1" > "$PASSWORD_FILE"
    trap 'rm -f "$PASSWORD_FILE"' EXIT
}

# create_domain DOMAINS_DIR NAME then either "--portbase N" or "--adminport A --instanceport H"
create_domain() {
    local dir=$1 name=$2
    shift 2
    log "Creating domain $name in $dir"
    mkdir -p "$dir"
    admin create-domain --domaindir "$dir" "$@" --savelogin=false "$name" > /dev/null
    cp "$DRIVER" "$dir/$name/lib/"
}

# Server settings: the JVM's locale (some take effect at the next start), roles, cookies.
configure_server() {
    remote create-jvm-options --target server-config \
        '-Duser.language=ru:-Duser.country=RU:-Dfile.encoding=UTF-8' > /dev/null || true
    remote set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true > /dev/null
    # Session cookies with SameSite=Lax: other sites cannot post to the CRM with a user's session.
    # The application sends its own X-Frame-Options (a second, different one would void both), and
    # the server does not announce its product and version.
    local http=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
    remote set "$http.cookie-same-site-value=Lax" "$http.cookie-same-site-enabled=true" \
        "$http.xframe-options=false" "$http.server-header=false" "$http.xpowered-by=false" > /dev/null
}

# The data source jdbc/crm: PostgreSQL when CRM_DB_URL says so, otherwise an H2 file in the domain.
configure_database() {
    local data_dir=$1 url
    remote delete-jdbc-resource jdbc/crm > /dev/null 2>&1 || true
    remote delete-jdbc-connection-pool "$POOL" > /dev/null 2>&1 || true
    url=${CRM_DB_URL:-}
    if [[ -z "$url" ]]; then
        # WRITE_DELAY=0: a commit reaches the file at once, so a killed server keeps every committed
        # change (by default H2 writes up to half a second later).
        url="jdbc:h2:file:$data_dir/crm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
        log "Database: embedded H2 in $data_dir"
        remote create-jdbc-connection-pool --restype javax.sql.DataSource \
            --datasourceclassname org.h2.jdbcx.JdbcDataSource \
            --steadypoolsize 2 --maxpoolsize 16 --isconnectvalidatereq=true --validationmethod auto-commit \
            "$POOL" > /dev/null
        remote set "resources.jdbc-connection-pool.$POOL.property.URL=$url" > /dev/null
    elif [[ "$url" == jdbc:postgresql:* ]]; then
        log "Database: PostgreSQL ${url%%\?*}"
        remote create-jdbc-connection-pool --restype javax.sql.DataSource \
            --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
            --steadypoolsize 4 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit \
            "$POOL" > /dev/null
        remote set "resources.jdbc-connection-pool.$POOL.property.url=$url" > /dev/null
        remote set "resources.jdbc-connection-pool.$POOL.property.user=${CRM_DB_USER:-postgres}" > /dev/null
        # The password stays in the environment: domain.xml holds only a reference to it. The
        # pool needs one even for a server that trusts the connection and asks for none.
        remote set "resources.jdbc-connection-pool.$POOL.property.password=\${ENV=CRM_DB_PASSWORD}" > /dev/null
    else
        die "CRM_DB_URL must be a jdbc:postgresql: URL (or unset for the embedded H2): $url"
    fi
    remote create-jdbc-resource --connectionpoolid "$POOL" jdbc/crm > /dev/null
    remote ping-connection-pool "$POOL" > /dev/null || die "The database does not answer: check CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD"
}

require_settings() {
    [[ -n "${CRM_ADMIN_PASSWORD:-}" ]] || die "CRM_ADMIN_PASSWORD is not set: it is the CRM administrator's password (there is no default)."
    [[ -n "${CRM_CONSOLE_PASSWORD:-}" ]] || die "CRM_CONSOLE_PASSWORD is not set: it protects the Payara admin console (there is no default)."
}

build() {
    log "Building the EAR and fetching Payara Server (Maven)"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "The build failed"
}

run() {
    require_settings
    build
    DOMAINS=${CRM_SERVER_DIR:-$ROOT/.server}/domains
    DOMAIN=crm
    local domains=$DOMAINS name=$DOMAIN
    local http_port=${CRM_HTTP_PORT:-8080}
    ADMIN_PORT=${CRM_CONSOLE_PORT:-4848}
    write_password_file "$CRM_CONSOLE_PASSWORD"
    local fresh=false
    if [[ ! -d "$domains/$name" ]]; then
        create_domain "$domains" "$name" --adminport "$ADMIN_PORT" --instanceport "$http_port"
        fresh=true
    fi
    cp "$DRIVER" "$domains/$name/lib/"
    admin start-domain --domaindir "$domains" "$name" > /dev/null || die "The domain did not start (is another server on port $http_port or $ADMIN_PORT?)"
    stop_on_exit() {
        [[ -n "${TAIL_PID:-}" ]] && kill "$TAIL_PID" 2> /dev/null
        log "Stopping the CRM"
        remote undeploy crm > /dev/null 2>&1 || true
        admin stop-domain --domaindir "$DOMAINS" "$DOMAIN" > /dev/null 2>&1 || true
        rm -f "$PASSWORD_FILE"
    }
    trap stop_on_exit EXIT
    trap 'exit 130' INT TERM
    configure_server
    if $fresh; then
        # The locale options of the JVM take effect only at a start.
        admin restart-domain --domaindir "$domains" "$name" > /dev/null
    fi
    remote set "configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port=$http_port" > /dev/null
    remote undeploy crm > /dev/null 2>&1 || true
    configure_database "$domains/$name/data"
    log "Deploying the CRM"
    remote deploy --force=true --name crm "$EAR" > /dev/null || die "Deployment failed: see $domains/$name/logs/server.log"
    log "The CRM is at http://localhost:$http_port/crm/ (administrator: ${CRM_ADMIN_LOGIN:-admin}); console: http://localhost:$ADMIN_PORT/ (user admin). Ctrl+C stops it."
    tail -n 0 -F "$domains/$name/logs/server.log" &
    TAIL_PID=$!
    wait "$TAIL_PID"
}

stop() {
    local domains=${CRM_SERVER_DIR:-$ROOT/.server}/domains
    "$ASADMIN" stop-domain --domaindir "$domains" crm
}

# The integration-test domain lives inside the fetched server (where Arquillian's managed container
# looks for it), is created anew by every build and is left stopped, configured for CRM_DB_URL.
prepare_test() {
    DOMAINS="$PAYARA_HOME/glassfish/domains"
    DOMAIN=${CRM_IT_DOMAIN:-crm-it}
    local name=$DOMAIN domains=$DOMAINS portbase=${CRM_IT_PORTBASE:-28000}
    ADMIN_PORT=$((portbase + 48))
    [[ -n "${CRM_IT_CONSOLE_PASSWORD:-}" ]] || die "CRM_IT_CONSOLE_PASSWORD is not set"
    write_password_file "$CRM_IT_CONSOLE_PASSWORD"
    "$ASADMIN" stop-domain --domaindir "$domains" "$name" > /dev/null 2>&1 || true
    rm -rf "${domains:?}/$name"
    create_domain "$domains" "$name" --portbase "$portbase"
    admin start-domain --domaindir "$domains" "$name" > /dev/null
    trap 'admin stop-domain --domaindir "$DOMAINS" "$DOMAIN" > /dev/null 2>&1 || true; rm -f "$PASSWORD_FILE"' EXIT
    configure_server
    # Uploaded deployments land in the server's temporary directory under their own name (crm.ear):
    # a directory of this domain's own keeps test domains of two builds on one machine apart.
    mkdir -p "$domains/$name/tmp"
    remote create-jvm-options --target server-config "-Djava.io.tmpdir=$domains/$name/tmp" > /dev/null
    configure_database "$domains/$name/data"
    log "Test domain $name ready (http port $((portbase + 80)), admin port $ADMIN_PORT)"
}

case "${1:-run}" in
    run) run ;;
    stop) stop ;;
    prepare-test) prepare_test ;;
    *) die "usage: $0 [run|stop|prepare-test]" ;;
esac
