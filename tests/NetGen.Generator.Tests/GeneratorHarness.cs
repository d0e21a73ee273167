using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Analyzers;

namespace NetGen.Generator.Tests;

/// <summary>
/// Runs the generator in memory over test source, against net10.0 or net8.0 reference assemblies, and NetGen's analyzer
/// over the compilation with the generated code in it, as a build does.
/// </summary>
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
        private ImmutableArray<Diagnostic>? _analyzerDiagnostics;

        public string Single => Sources.Single().SourceText.ToString();

        /// <summary>NetGen's analyzer over the compilation with the generated code in it; binding every method, so run on demand.</summary>
        public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzerDiagnostics ??= Analyze(Output);

        /// <summary>Everything NetGen reported: the generator's diagnostics and the analyzer's (NG0013).</summary>
        public ImmutableArray<Diagnostic> NetGenDiagnostics => GeneratorDiagnostics.AddRange(AnalyzerDiagnostics);

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

    /// <summary>
    /// The diagnostics of NetGen's analyzer over <paramref name="compilation"/>, with AD0001 if it threw. Analyzer
    /// options as in a build: generated code is left alone unless an analyzer asks for it.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
        compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new OrphanLayerAnalyzer(), new PrecisionMismatchAnalyzer()))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation) =>
        CSharpGeneratorDriver.Create(
            new[] { new NetGenGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
