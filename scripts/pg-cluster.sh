#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests, CI and migration diffs: trust auth, 127.0.0.1 only,
# a free port, everything inside <dir>. Root runs the server as the `postgres` user.
#   scripts/pg-cluster.sh start <dir>   prints postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-cluster.sh stop <dir>    stops the server and removes <dir>
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [[ ! $cmd =~ ^(start|stop)$ || -z $dir ]]; then
  echo "usage: $0 start|stop <dir>" >&2
  exit 2
fi

if command -v initdb >/dev/null; then
  bin=$(dirname "$(command -v initdb)")
else
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $bin/initdb ]] || { echo "pg-cluster: initdb not found (apt-get install -y postgresql)" >&2; exit 1; }
fi

# PostgreSQL refuses to run as root.
as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ $cmd == stop ]]; then
  if [[ -f $dir/data/postmaster.pid ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  fi
  rm -rf "$dir"
  exit 0
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
[[ $(id -u) == 0 ]] && chown postgres: "$dir"
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# fsync off and no locale: a test cluster trades durability for start-up and write speed.
as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "postgresql://postgres@127.0.0.1:$port/postgres"
