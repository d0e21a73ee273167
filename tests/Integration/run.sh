#!/usr/bin/env bash
# Integration test of the NuGet packages: pack the solution (exactly NetGen and NetGen.Onnx, with the expected files),
# restore a consumer from the packed file, build it with EmitCompilerGeneratedFiles, check that the generated files are
# at the documented path, compare one with the approved snapshot, run it, then
# publish it with NativeAOT and check that the native binary prints exactly what the JIT build printed. Last, build it
# once more with a layer attribute on a class without [Network]: the package's analyzer must report NG0013.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
packages="$root/artifacts/packages"
work="$root/artifacts/integration"
rm -rf "$packages" "$work"
mkdir -p "$packages" "$work"

# A version of its own per run, so no NuGet cache on this machine can hand back an older package.
version="0.1.0-ci.$(date +%s)"
# The README's command: packing the whole solution must give exactly the two packages (the generator ships inside
# NetGen; tests, benchmarks and examples are not packages).
pack_log="$work/pack.log"
if ! dotnet pack "$root/NetGen.sln" -c Release -o "$packages" -p:Version="$version" --nologo > "$pack_log" 2>&1; then
  cat "$pack_log"
  echo "integration: dotnet pack NetGen.sln -c Release failed"
  exit 1
fi
packed="$(cd "$packages" && LC_ALL=C ls | LC_ALL=C sort | tr '\n' ' ')"
if [ "$packed" != "NetGen.$version.nupkg NetGen.Onnx.$version.nupkg " ]; then
  echo "integration: dotnet pack NetGen.sln should produce exactly NetGen and NetGen.Onnx, but produced: $packed"
  exit 1
fi
# NuGet's pack warnings (NU5xxx: a missing readme, description, ...) must not come back.
if grep -Eq "warning NU5[0-9]+|is missing a readme" "$pack_log"; then
  grep -E "warning NU5[0-9]+|is missing a readme" "$pack_log"
  echo "integration: dotnet pack reported package warnings"
  exit 1
fi

entries() { python3 -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$1"; }
check_entries() { # package, expected entries (sorted, one a line), besides NuGet's own bookkeeping files
  local actual
  actual="$(entries "$1" | grep -Ev '^(_rels/|package/services/|\[Content_Types\]\.xml$|[^/]+\.nuspec$)')"
  if [ "$actual" != "$2" ]; then
    echo "integration: $(basename "$1") holds other files than expected:"
    diff <(echo "$2") <(echo "$actual") || true
    exit 1
  fi
  local nuspec
  nuspec="$(python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read([n for n in z.namelist() if n.endswith(".nuspec")][0]).decode())' "$1")"
  if ! grep -q "<readme>README.md</readme>" <<< "$nuspec" || ! grep -q "<description>" <<< "$nuspec"; then
    echo "integration: $(basename "$1")'s nuspec lacks its readme or description"
    exit 1
  fi
}
check_entries "$packages/NetGen.$version.nupkg" "README.md
analyzers/dotnet/cs/NetGen.Generator.dll
docs/diagnostics.md
lib/net8.0/NetGen.dll
lib/net8.0/NetGen.xml"
check_entries "$packages/NetGen.Onnx.$version.nupkg" "README.md
lib/net8.0/NetGen.Onnx.dll
lib/net8.0/NetGen.Onnx.xml"
echo "packed: $packed(runtime in lib/, generator in analyzers/dotnet/cs, a readme each, nothing else)"

cp -r "$here/Consumer" "$work/Consumer"
cp "$here/NuGet.Config" "$work/NuGet.Config"
sed -i "s#../../artifacts/packages#$packages#" "$work/NuGet.Config"
cd "$work/Consumer"

dotnet build -c Release -p:NetGenVersion="$version" --nologo -v quiet
# Where README.md and docs/debugging.md say the file lands:
# obj/<Configuration>/<tfm>/generated/NetGen.Generator/NetGen.Generator.NetGenGenerator/<Namespace>.<Class>.g.cs
# (<Class>.g.cs in no namespace). The consumer has one network of each kind.
documented='obj/<Configuration>/<tfm>/generated/NetGen.Generator/NetGen.Generator.NetGenGenerator/<Namespace>.<Class>.g.cs'
for doc in "$here/../../README.md" "$here/../../docs/debugging.md"; do
  if ! grep -qF "$documented" "$doc"; then
    echo "integration: $(basename "$doc") no longer documents the generated file's path $documented"
    exit 1
  fi
done
folder="obj/Release/net10.0/generated/NetGen.Generator/NetGen.Generator.NetGenGenerator"
landed="$( (cd "$folder" 2>/dev/null && LC_ALL=C ls) | LC_ALL=C sort | tr '\n' ' ')"
if [ "$landed" != "Consumer.Nets.TinyNet.g.cs XorNet.g.cs " ]; then
  echo "integration: the generated files are not at the documented path $folder/<Namespace>.<Class>.g.cs"
  echo "  expected there: Consumer.Nets.TinyNet.g.cs XorNet.g.cs; found: ${landed:-nothing}"
  echo "  generated files under obj/: $(find obj -path '*generated*' -name '*.g.cs' | tr '\n' ' ')"
  exit 1
fi
echo "integration: generated files at the documented path: $folder/{Consumer.Nets.TinyNet,XorNet}.g.cs"
generated="$folder/XorNet.g.cs"
# The generator stamps its version into [GeneratedCode]; this run's version is unique, so compare it as a placeholder.
sed "s/\"$version\"/\"<version>\"/" "$generated" > "$work/XorNet.g.cs"
if ! diff -u "$here/XorNet.approved.g.cs" "$work/XorNet.g.cs"; then
  echo "integration: the generated file differs from tests/Integration/XorNet.approved.g.cs (review, then copy it over)"
  exit 1
fi
echo "integration: generated file matches the approved snapshot"

dotnet bin/Release/net10.0/Consumer.dll > "$work/jit.txt"
cat "$work/jit.txt"

publish_log="$work/publish.log"
dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:NetGenVersion="$version" -o "$work/aot" --nologo 2>&1 | tee "$publish_log"
if grep -Eq "warning (IL[0-9]+|CS[0-9]+|NU[0-9]+)" "$publish_log"; then
  echo "integration: the AOT publish reported warnings"
  exit 1
fi
"$work/aot/Consumer" > "$work/aot.txt"
if ! diff -u "$work/jit.txt" "$work/aot.txt"; then
  echo "integration: the NativeAOT binary printed something else than the JIT build"
  exit 1
fi
echo "integration: NativeAOT binary ($(du -h "$work/aot/Consumer" | cut -f1)) prints the same as the JIT build, 0 warnings"

# NG0013 comes from a DiagnosticAnalyzer in the generator's assembly: the same analyzers/dotnet/cs entry must load it.
# Debug, so the Release output above stays as tested; warnings stay warnings here, to read the one expected.
cat > Orphan.cs <<'CS'
using NetGen;

[Dense(4)]
internal sealed class Orphan { }
CS
orphan_log="$work/orphan.log"
if ! dotnet build -c Debug -p:NetGenVersion="$version" -p:TreatWarningsAsErrors=false --nologo -v minimal > "$orphan_log" 2>&1; then
  echo "integration: the build with a [Dense] class without [Network] failed"
  cat "$orphan_log"
  exit 1
fi
rm Orphan.cs
expected="Orphan.cs(3,2): warning NG0013: [Dense] on 'Orphan' has no effect without [Network(loss)] on the same type"
# MSBuild repeats each warning in its summary: count distinct ones.
if ! grep -qF "$expected" "$orphan_log" || [ "$(grep 'NG0013' "$orphan_log" | sort -u | wc -l)" -ne 1 ]; then
  echo "integration: the packaged analyzer did not report exactly one NG0013 for a [Dense] class without [Network]:"
  cat "$orphan_log"
  exit 1
fi
echo "integration: the packaged analyzer reports NG0013: $expected"
