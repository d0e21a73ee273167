#!/usr/bin/env bash
# Integration test of the NuGet package: pack NetGen, restore a consumer from the packed file, build it with
# EmitCompilerGeneratedFiles, compare the generated file that landed on disk with the approved snapshot, run it, then
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
dotnet pack "$root/src/NetGen/NetGen.csproj" -c Release -o "$packages" -p:Version="$version" --nologo -v quiet
dotnet pack "$root/src/NetGen.Onnx/NetGen.Onnx.csproj" -c Release -o "$packages" -p:Version="$version" --nologo -v quiet
echo "packed: $(cd "$packages" && ls)"

cp -r "$here/Consumer" "$work/Consumer"
cp "$here/NuGet.Config" "$work/NuGet.Config"
sed -i "s#../../artifacts/packages#$packages#" "$work/NuGet.Config"
cd "$work/Consumer"

dotnet build -c Release -p:NetGenVersion="$version" --nologo -v quiet
generated="obj/Release/net10.0/generated/NetGen.Generator/NetGen.Generator.NetGenGenerator/XorNet.g.cs"
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
