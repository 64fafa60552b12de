#!/usr/bin/env bash
# Render + PAdES signature of a six-page tjänsteutlåtande (se.remiss.dokument.DokumentBench), then the
# same document as DOCX converted to PDF by LibreOffice headless, in the same run. See docs/benchmarks.md,
# "Signerade dokument". LibreOffice is only for this comparison (apt-get install libreoffice-writer-nogui),
# not installed by CI. Usage: bench/dokument.sh [warm-up=200] [measured=500] [throughput s=10] [LibreOffice runs=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
cp_fil=target/bench-classpath.txt
if [[ ! -s $cp_fil || pom.xml -nt $cp_fil ]]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_fil"
fi
echo "== $(date -Iseconds)  $(nproc) kärnor, last:$(uptime | sed 's/.*load average://')"
java ${BENCH_JAVA_OPTS:--Xms512m -Xmx512m} -cp "target/test-classes:target/classes:$(cat "$cp_fil")" \
  se.remiss.dokument.DokumentBench "${1:-200}" "${2:-500}" "${3:-10}"

if command -v soffice >/dev/null 2>&1; then
  ut=$(mktemp -d /tmp/lo-bench.XXXXXX)
  profil="file://$ut/profil"
  trap 'rm -rf "$ut"' EXIT
  # First conversion creates the profile and warms the disk cache; not counted.
  soffice -env:UserInstallation="$profil" --headless --convert-to pdf --outdir "$ut" target/bench/utlatande.docx >/dev/null 2>&1
  echo "LibreOffice: $(pdfinfo "$ut/utlatande.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') sidor"
  # Wall time and CPU time (user + system, soffice and its children) per conversion, one process each.
  for _ in $(seq "${4:-10}"); do
    /usr/bin/time -f "%e %U %S" -o "$ut/tid" \
      soffice -env:UserInstallation="$profil" --headless --convert-to pdf --outdir "$ut" target/bench/utlatande.docx >/dev/null 2>&1
    awk '{printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000}' "$ut/tid"
  done > "$ut/lo.txt"
  read -r var cpu < target/bench/dokument-p50.txt
  lo_var=$(sort -n "$ut/lo.txt" | awk '{t[NR]=$1} END {print t[int((NR+1)/2)]}')
  lo_cpu=$(sort -n -k2 "$ut/lo.txt" | awk '{t[NR]=$2} END {print t[int((NR+1)/2)]}')
  printf "LibreOffice DOCX → PDF  p50 %6.0f ms   max %6.0f ms   CPU-tid p50 %6.0f ms   (n=%d, en process per dokument)\n" \
    "$lo_var" "$(sort -n "$ut/lo.txt" | tail -1 | cut -d' ' -f1)" "$lo_cpu" "$(wc -l < "$ut/lo.txt")"
  awk -v lv="$lo_var" -v lc="$lo_cpu" -v v="$var" -v c="$cpu" 'BEGIN {
    printf "LibreOffice / rendera + signera: %.0f× på väggtid (p50), %.0f× på CPU-tid (p50)\n", lv / v, lc / c }'
else
  echo "LibreOffice saknas (apt-get install libreoffice-writer-nogui) – jämförelsen hoppas över"
fi
echo "== klart $(date -Iseconds), last:$(uptime | sed 's/.*load average://')"
