using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests;

/// <summary>Runs the generator in memory over test source, against net10.0 or net8.0 reference assemblies.</summary>
internal static class GeneratorHarness
{
    private static readonly MetadataReference s_runtime = MetadataReference.CreateFromFile(typeof(NetworkAttribute).Assembly.Location);

    public sealed record Result(
        GeneratorDriver Driver,
        CSharpCompilation Input,
        Compilation Output,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<GeneratedSourceResult> Sources)
    {
        public string Single => Sources.Single().SourceText.ToString();

        /// <summary>Errors and warnings of the compilation with the generated code in it.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    public static CSharpCompilation Compile(string source, bool net8 = false, params string[] moreSources)
    {
        var parse = new CSharpParseOptions(net8 ? LanguageVersion.CSharp12 : LanguageVersion.Latest);
        IEnumerable<MetadataReference> references = net8 ? Net80.References.All : Net100.References.All;
        var trees = new[] { source }.Concat(moreSources)
            .Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"Source{i}.cs"));
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references.Append(s_runtime),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // Reference-assembly version unification notes, not problems in the code under test.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    public static Result Run(string source, bool net8 = false, params string[] moreSources)
    {
        CSharpCompilation compilation = Compile(source, net8, moreSources);
        GeneratorDriver driver = CreateDriver(compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", run.Exception);
        }

        return new Result(driver, compilation, output, diagnostics, run.GeneratedSources);
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation) =>
        CSharpGeneratorDriver.Create(
            new[] { new NetGenGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
