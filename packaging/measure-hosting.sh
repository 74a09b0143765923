#!/usr/bin/env bash
# Measures the library and search from a PC of a hosted office (decision 0620) against the same
# office embedded, in one run: `bench` and `search-bench` on the data directory itself, then the
# directory is served on loopback (`serve`, TLS 1.3 tunnel) and a second, empty data directory
# runs the same commands as a PC that joined with the printed join code. JSON lines go to OUT.
#
# usage: packaging/measure-hosting.sh DATA_DIR [RUNS, default 5]
# env:   HUMASDESK  the command that runs the app (default: java on target/classes and the Maven
#                   runtime classpath, which needs `mvn -o compile` first)
#        PORT       the TLS port on 127.0.0.1 (default 29555)
#        OUT        folder for the figures and the client's data directory (default /tmp/humasdesk-hosting)
# DATA_DIR must hold an office (e.g. `generate --count 20000`) and must not be open elsewhere. The
# join code is written to OUT/serve.out (it is a secret of DATA_DIR's office: delete it afterwards).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:?data directory}
runs=${2:-5}
port=${PORT:-29555}
out=${OUT:-/tmp/humasdesk-hosting}
if [[ -z "${HUMASDESK:-}" ]]; then
  (cd "$root" && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$out.cp" >/dev/null)
  HUMASDESK="java -Xmx1g -cp $root/target/classes:$(cat "$out.cp") id.humasdesk.app.Main"
fi
hd() { $HUMASDESK --lang en "$@"; }
rm -rf "$out" && mkdir -p "$out"

echo "== embedded" >&2
hd --data-dir "$data" bench --runs "$runs" > "$out/embedded-bench.jsonl"
hd --data-dir "$data" search-bench --runs "$runs" > "$out/embedded-search.jsonl"

echo "== serving on 127.0.0.1:$port" >&2
$HUMASDESK --lang en --data-dir "$data" serve --bind 127.0.0.1 --port "$port" > "$out/serve.out" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true; wait $serve 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do grep -q "HD-\|stays valid" "$out/serve.out" && break; sleep 1; done
code=$(grep -o "HD-[A-Z2-7-]*" "$out/serve.out" | head -1 || true)
if [[ -z "$code" ]]; then
  echo "serve made no new join code (it keeps the earlier one); run once with --new-join-code or give JOIN_CODE" >&2
  code=${JOIN_CODE:?join code}
fi

echo "== a PC of the hosted office (TLS over loopback)" >&2
HUMASDESK_JOIN_CODE=$code hd --data-dir "$out/pc" bench --runs "$runs" > "$out/client-bench.jsonl"
HUMASDESK_JOIN_CODE=$code hd --data-dir "$out/pc" search-bench --runs "$runs" > "$out/client-search.jsonl"

python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
def medians(name):
    d = {}
    for line in open(os.path.join(out, name)):
        if line.startswith('{'):
            j = json.loads(line)
            if 'median_ms' in j:
                d[j['figure']] = j['median_ms']
    return d
for kind in ('bench', 'search'):
    e, c = medians('embedded-%s.jsonl' % kind), medians('client-%s.jsonl' % kind)
    for k in e:
        print(json.dumps({'figure': k, 'embedded_median_ms': e[k], 'client_median_ms': c.get(k)}))
PY
