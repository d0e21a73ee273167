#!/usr/bin/env bash
# Runs the whole benchmark suite and files what it measured under docs/benchmarks/raw/: BenchmarkDotNet's reports,
# the ratio table, the CPU and the machine's load before and after (other work on a shared machine skews the numbers).
# Extra arguments go to BenchmarkDotNet, e.g. `--job short` for a quick smoke run, or `--filter '*Tanh2x16x1*'`.
# The large nets' NetGen benchmarks are on by default; NetGenLargeNets=false leaves them out.
set -euo pipefail
cd "$(dirname "$0")/../.."

results=BenchmarkDotNet.Artifacts/results
raw=docs/benchmarks/raw
build=()
if [ "${NetGenLargeNets:-}" = "false" ]; then
  build=(-p:NetGenLargeNets=false)
fi

rm -rf "$results"
mkdir -p "$raw"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "dotnet: $(dotnet --version) SDK; runtime $(dotnet --list-runtimes | grep Microsoft.NETCore.App | awk '{print $2}' | tr '\n' ' ')"
  echo "command: dotnet run -c Release --project tests/NetGen.Benchmarks ${build[*]} -- --filter '*' $*"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; $(nproc) cores)"
} > "$raw/environment.txt"
lscpu > "$raw/lscpu.txt"

dotnet run -c Release --project tests/NetGen.Benchmarks "${build[@]}" -- --filter '*' "$@"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$raw/environment.txt"
rm -f "$raw"/*-report*
cp "$results"/*-report-full.json "$results"/*-report-github.md "$results"/*-report.csv "$raw"/
dotnet run -c Release --no-build --project tests/NetGen.Benchmarks "${build[@]}" -- --report "$raw" "$raw/ratios.md" > /dev/null
echo "Reports and ratios.md in $raw"
