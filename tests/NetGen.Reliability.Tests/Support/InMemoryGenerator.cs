using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator;
using NetGen.Generator.Analyzers;

namespace NetGen.Reliability.Tests.Support;

/// <summary>One run of the NetGen generator over a compilation, with everything a test needs to judge it.</summary>
/// <param name="Input">The compilation before generation.</param>
/// <param name="Output">The compilation with the generated sources added.</param>
/// <param name="Result">The generator's own result: its exception, if it threw, and its sources and diagnostics.</param>
/// <param name="Diagnostics">Diagnostics of the driver run: NetGen's own, and CS8785 if a generator failed.</param>
public sealed record GeneratorRun(CSharpCompilation Input, Compilation Output, GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics)
{
    private ImmutableArray<Diagnostic>? _analyzerDiagnostics;

    /// <summary>
    /// What NetGen's analyzer reports (NG0013, or AD0001 if it threw), run on demand over the input compilation. A
    /// build runs it over the output, but the generated parts carry no NetGen attribute, so the analyzer's verdict is
    /// the same, and binding the generated methods of hundreds of networks would double the cost of a batch.
    /// <see cref="CompilationProblems"/> runs it over the output, as a build does.
    /// </summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzerDiagnostics ??=
        Input.WithAnalyzers(InMemoryGenerator.Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>The diagnostics NetGen reported (ids NGxxxx), the generator's and the analyzer's.</summary>
    public IEnumerable<Diagnostic> NetGenDiagnostics =>
        Diagnostics.Concat(AnalyzerDiagnostics).Where(d => d.Id.StartsWith("NG", StringComparison.Ordinal));

    /// <summary>
    /// Errors and warnings of the compilation with the generated code in it, NetGen's analyzer included, as a build
    /// reports them; binding every method, so not cheap.
    /// </summary>
    public ImmutableArray<Diagnostic> CompilationProblems() =>
        Output.WithAnalyzers(InMemoryGenerator.Analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
}

/// <summary>
/// Runs the generator (and, on demand, NetGen's analyzer) in memory, as a normal project reference rather than as an analyzer, against the net10.0 reference
/// assemblies and the NetGen runtime library, with nullable on and warnings reported as errors, as a user's build would.
/// </summary>
public static class InMemoryGenerator
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The analyzers the NetGen package carries next to the generator.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new OrphanLayerAnalyzer(), new PrecisionMismatchAnalyzer());

    private static readonly MetadataReference[] s_references =
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(INetwork<>).Assembly.Location)).ToArray();

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, string assemblyName = "Consumer") =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            s_references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // The SDK's default for net10.0 projects: every warning wave up to .NET 10 (CS8981 and the like).
                warningLevel: 10,
                optimizationLevel: OptimizationLevel.Release,
                // Binding and emitting hundreds of generated classes is the slow part of these tests: use both cores.
                concurrentBuild: true,
                // Reference-assembly version unification notes, not problems in the code under test.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static GeneratorRun Run(CSharpCompilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NetGenGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        return new GeneratorRun(compilation, output, result, diagnostics);
    }

    public static GeneratorRun Run(params string[] sources) =>
        Run(Compile(sources.Select((s, i) => Parse(s, $"Source{i}.cs"))));
}
