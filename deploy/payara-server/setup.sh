#!/usr/bin/env bash
# Sets up Stride on an existing Payara Server 7 domain (for clinics that run Payara Server, not Payara Micro).
#
#   STRIDE_DB_URL=jdbc:postgresql://db.example.clinic:5432/stride STRIDE_DB_USER=stride STRIDE_DB_PASSWORD=... \
#     deploy/payara-server/setup.sh target/stride.war [--server-pool]
#
# Environment: ASADMIN (default: asadmin on PATH), ASADMIN_OPTS (e.g. "--host das --port 4848 --user admin
# --passwordfile /root/.payara-admin"), STRIDE_TARGET (default: server; a deployment group or cluster name works).
#
# How the database reaches Stride on Payara Server
# ------------------------------------------------
# Stride defines its own datasource, java:app/jdbc/stride, with @DataSourceDefinition (platform/Database.java).
# A java:app name is application-scoped: it is created when the WAR deploys and cannot be replaced by a
# server-level JDBC resource. Its URL, user and password are ${MPCONFIG=stride.db.url}, ${MPCONFIG=stride.db.user}
# and ${MPCONFIG=stride.db.password}, looked up in MicroProfile Config, which on Payara Server reads (highest wins):
#   system properties (-Dstride.db.url=..., asadmin create-system-properties / create-jvm-options),
#   environment variables (STRIDE_DB_URL: dots become underscores, upper case),
#   password aliases (asadmin create-password-alias stride.db.password),
#   domain/config/server properties (asadmin set-config-property --source=domain),
#   and the defaults written in Database.java.
# This script stores URL and user as domain-level config properties and the password as a password alias, so no
# password sits in domain.xml or on a command line. The PostgreSQL driver travels inside the WAR.
#
# --server-pool additionally creates a server-level pool StridePool and resource jdbc/stride, for clinics that
# manage and monitor pools centrally. Stride does not use it as built; to switch, point persistence.xml's
# jta-data-source at jdbc/stride and remove @DataSourceDefinition (a code change, not a setting). It needs the
# PostgreSQL driver jar in the server's lib (asadmin add-library), which this option also does.
set -euo pipefail

asadmin_bin="${ASADMIN:-asadmin}"
read -r -a asadmin_opts <<< "${ASADMIN_OPTS:-}"
target="${STRIDE_TARGET:-server}"
asadmin() { "$asadmin_bin" "${asadmin_opts[@]}" "$@"; }

war="${1:-}"
server_pool=no
[ "${2:-}" = "--server-pool" ] && server_pool=yes
[ -f "$war" ] || { sed -n '2,8p' "$0"; echo "usage: $0 <stride.war> [--server-pool]" >&2; exit 2; }
: "${STRIDE_DB_URL:?set STRIDE_DB_URL, e.g. jdbc:postgresql://db.example.clinic:5432/stride}"
: "${STRIDE_DB_USER:?set STRIDE_DB_USER}"
: "${STRIDE_DB_PASSWORD:?set STRIDE_DB_PASSWORD}"

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
chmod 700 "$workdir"
secret="$workdir/alias-password"

echo "== datasource settings for java:app/jdbc/stride (MicroProfile Config)"
asadmin set-config-property --source=domain --propertyName=stride.db.url --propertyValue="$STRIDE_DB_URL"
asadmin set-config-property --source=domain --propertyName=stride.db.user --propertyValue="$STRIDE_DB_USER"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$STRIDE_DB_PASSWORD" > "$secret"
if asadmin list-password-aliases | grep -qx 'stride.db.password'; then
  asadmin update-password-alias --passwordfile "$secret" stride.db.password
else
  asadmin create-password-alias --passwordfile "$secret" stride.db.password
fi

echo "== behind a TLS proxy: take the scheme from X-Forwarded-Proto (deploy/nginx)"
asadmin set "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.scheme-mapping=X-Forwarded-Proto"

if [ "$server_pool" = yes ]; then
  echo "== optional server-level pool StridePool / jdbc/stride"
  # The same driver version the WAR carries.
  unzip -o -q -j "$war" 'WEB-INF/lib/postgresql-*.jar' -d "$workdir"
  driver=$(ls "$workdir"/postgresql-*.jar | head -1)
  asadmin add-library --type common "$driver"
  host_port_db="${STRIDE_DB_URL#jdbc:postgresql://}"; host_port_db="${host_port_db%%\?*}"
  host_port="${host_port_db%%/*}"; database="${host_port_db#*/}"
  host="${host_port%%:*}"; port=5432; [ "$host_port" != "$host" ] && port="${host_port#*:}"
  if ! asadmin list-jdbc-connection-pools | grep -qx StridePool; then
    # Colons inside --property values are escaped for asadmin; the password comes from the alias.
    asadmin create-jdbc-connection-pool \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
      --steadypoolsize 2 --maxpoolsize 32 --maxwait 5000 \
      --isconnectvalidatereq true --validationmethod custom-validation \
      --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
      --failconnection true --statementtimeout 30 \
      --property "serverName=${host}:portNumber=${port}:databaseName=${database}:user=${STRIDE_DB_USER}:password=\${ALIAS=stride.db.password}:ApplicationName=stride" \
      StridePool
  fi
  asadmin list-jdbc-resources | grep -qx jdbc/stride || asadmin create-jdbc-resource --connectionpoolid StridePool --target "$target" jdbc/stride
  asadmin ping-connection-pool StridePool
fi

echo "== deploy"
asadmin deploy --force=true --name stride --contextroot / --target "$target" "$war"
asadmin list-applications --long "$target"
echo "Stride deployed. Check: curl -fsS http://<host>:8080/health/ready"
