#!/usr/bin/env bash
# The translator round trip at scale: `bitext extract` and `bitext import` of a large generated
# Markdown article, release build, timed with /usr/bin/time -v. Run by hand, never in CI; it
# prints its measurements next to the targets and does not fail on a missed target (it does
# fail if the round trip itself goes wrong: an import error, a segment left untranslated).
#
#   Benchmarks/RoundTrip/run.sh                 # 10 MB article, XLIFF 2.1 then PO, ~1.5 minutes
#   Benchmarks/RoundTrip/run.sh --mb 1 --no-po  # a quick one
#   Benchmarks/RoundTrip/run.sh --keep          # keep the work folder (article, files, stores)
#   Benchmarks/RoundTrip/run.sh --bin PATH      # measure this binary, do not build
#   Benchmarks/RoundTrip/run.sh --seed N        # another article (default 20261125)
#
# Steps, each a fresh process; a step's store size is measured after it:
#   extract      `bitext extract article.md --to fa` (XLIFF 2.1) into an empty store
#   import       `bitext import` of that XLIFF with every <target> filled (pseudo_translate.py)
#   import again the same file: must change nothing
#   extract again the same article, now with every translation in the store
#   PO extract / PO import   the same in PO, into a second empty store (unless --no-po)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/Benchmarks/RoundTrip"
MB=10
PO=1
KEEP=0
BIN=""
SEED=20261125

while [ $# -gt 0 ]; do
    case "$1" in
        --mb) MB="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --no-po) PO=0; shift ;;
        --keep) KEEP=1; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

# GNU time gives the peak resident set size of the measured process (not of a shell).
if [ ! -x /usr/bin/time ]; then
    echo "== installing the Debian package 'time' (for /usr/bin/time -v)"
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

if [ -z "$BIN" ]; then
    echo "== building bitext (release, scratch path .build-bench)"
    (cd "$ROOT" && swift build -c release --product bitext --scratch-path "$ROOT/.build-bench" 2>&1 | tail -n 3)
    BIN="$ROOT/.build-bench/release/bitext"
fi
[ -x "$BIN" ] || { echo "run.sh: no binary at $BIN" >&2; exit 1; }
BIN=$(readlink -f "$BIN")   # the steps run in the work folder

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitext-roundtrip.XXXXXX")
if [ "$KEEP" = 1 ]; then
    echo "== work folder (kept): $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi
RESULTS="$WORK/results.tsv"
: > "$RESULTS"

echo "== generating a ${MB} MB article"
python3 "$HERE/generate.py" "$WORK/article.md" --mb "$MB" --seed "$SEED"
CORPUS=$(stat -c %s "$WORK/article.md")

# The store's size on disk: the database plus its -wal and -shm files if they are there.
store_bytes() {
    local total=0 file
    for file in "$1" "$1-wal" "$1-shm"; do
        [ -e "$file" ] && total=$((total + $(stat -c %s "$file")))
    done
    echo "$total"
}

# measure STEP STORE COMMAND...: runs the command under /usr/bin/time -v in the work folder,
# shows its output, and adds a line to results.tsv.
measure() {
    local step="$1" store="$2"
    shift 2
    echo "== $step: ${*/#$BIN/bitext}"
    if ! (cd "$WORK" && /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"); then
        cat "$WORK/out.txt" "$WORK/err.txt" >&2
        echo "run.sh: '$step' failed; the round trip is broken, not just slow" >&2
        exit 1
    fi
    sed 's/^/   /' "$WORK/out.txt"
    if [ -s "$WORK/err.txt" ]; then
        echo "   stderr: $(wc -l <"$WORK/err.txt") lines, first: $(head -n 1 "$WORK/err.txt")"
    fi
    local wall rss user sys
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$WORK/time.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$step" "$wall" "$rss" "$user" "$sys" "$(store_bytes "$WORK/$store")" >>"$RESULTS"
}

# check WHAT COMMAND...: a round-trip fact that must hold (the numbers are meaningless if not).
check() {
    local what="$1"
    shift
    if "$@"; then echo "   ok: $what"; else echo "run.sh: check failed: $what" >&2; exit 1; fi
}

translated_everything() {   # STORE: status says every segment is translated
    "$BIN" status --store "$1" --json | python3 -c '
import json, sys
total = json.load(sys.stdin)["total"]
sys.exit(0 if total["segments"] > 0 and total["translated"] + total["final"] == total["segments"] else 1)'
}

# XLIFF 2.1 ---------------------------------------------------------------------------------
mkdir -p "$WORK/xliff"
measure "extract" xliff/store.sqlite "$BIN" extract article.md --to fa -o xliff/article.xlf --store xliff/store.sqlite
SEGMENTS=$(grep -c '<segment ' "$WORK/xliff/article.xlf")
python3 "$HERE/pseudo_translate.py" "$WORK/xliff/article.xlf" "$WORK/xliff/article.fa.xlf"
measure "import" xliff/store.sqlite "$BIN" import xliff/article.fa.xlf --store xliff/store.sqlite --to fa
check "every segment translated" translated_everything "$WORK/xliff/store.sqlite"
measure "import again" xliff/store.sqlite "$BIN" import xliff/article.fa.xlf --store xliff/store.sqlite --to fa
check "the second import changed nothing" grep -q " (0 added, 0 changed, $SEGMENTS unchanged)" "$WORK/out.txt"
measure "extract again" xliff/store.sqlite "$BIN" extract article.md --to fa -o xliff/article.again.xlf --store xliff/store.sqlite
check "the second extract has every translation" test "$(grep -c '<target' "$WORK/xliff/article.again.xlf")" = "$SEGMENTS"

# PO ----------------------------------------------------------------------------------------
if [ "$PO" = 1 ]; then
    mkdir -p "$WORK/po"
    measure "PO extract" po/store.sqlite "$BIN" extract article.md --to fa --format po -o po/article.po --store po/store.sqlite
    python3 "$HERE/pseudo_translate.py" "$WORK/po/article.po" "$WORK/po/article.fa.po"
    measure "PO import" po/store.sqlite "$BIN" import po/article.fa.po --store po/store.sqlite --to fa
    check "every segment translated" translated_everything "$WORK/po/store.sqlite"
fi

# Where the store's bytes are (SQLite's dbstat table, if the sqlite3 shell is installed).
if command -v sqlite3 >/dev/null && sqlite3 "$WORK/xliff/store.sqlite" "SELECT 1 FROM dbstat LIMIT 1" >/dev/null 2>&1; then
    echo "== store after the XLIFF round trip, by table and index (MB)"
    sqlite3 -separator ' ' "$WORK/xliff/store.sqlite" \
        "SELECT printf('   %-32s %7.2f', name, SUM(pgsize) / 1e6) FROM dbstat GROUP BY name HAVING SUM(pgsize) > 8192 ORDER BY SUM(pgsize) DESC;"
fi

# The table ---------------------------------------------------------------------------------
python3 - "$RESULTS" "$CORPUS" "$SEGMENTS" "$BIN" <<'EOF'
import sys
results, corpus, segments, binary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
TIME, PEAK, STORE = 5.0, 10.0, 3.0   # the targets: seconds, × corpus, × corpus
mb = corpus / 1e6
print(f"\ncorpus {mb:.2f} MB (1 MB = 10^6 bytes), {segments:,} segments; {binary}")
print(f"targets: each step < {TIME:g} s wall, peak RSS < {PEAK:g}× corpus, store < {STORE:g}× corpus\n")
head = ("step", "wall s", "cpu s", "time", "peak MB", "peak/corpus", "peak", "store MB", "store/corpus", "store")
rows = []
for line in open(results):
    step, wall, rss, user, sys_, store = line.rstrip("\n").split("\t")
    wall, peak, cpu, store = float(wall), int(rss) * 1024 / 1e6, float(user) + float(sys_), int(store) / 1e6
    verdict = lambda ok: "met" if ok else "MISSED"
    rows.append((step, f"{wall:.2f}", f"{cpu:.2f}", verdict(wall < TIME), f"{peak:.1f}", f"{peak / mb:.2f}×",
                 verdict(peak / mb < PEAK), f"{store:.1f}", f"{store / mb:.2f}×", verdict(store / mb < STORE)))
widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
for r in [head] + rows:
    print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
EOF
