using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Analyzers;

namespace NetGen.Generator.Benchmarks;

/// <summary>
/// What NetGen's analyzer (NG0013, moved out of the generator) costs on the after-edit compilation, next to the stub
/// generator's after-edit run, all alternating run for run in one process. The IDE runs analyzers in the background,
/// off the generator's path, document by document; a build runs them once over the whole compilation. Each pass is
/// measured twice, with <see cref="OrphanLayerAnalyzer"/> and with an analyzer that registers the same symbol action
/// and does nothing, so that the difference is the analyzer's own work and not the compiler binding it waits for.
/// </summary>
internal static class AnalyzerCost
{
    public static void Run(int runs)
    {
        var benchmarks = new GenerationBenchmarks();
        benchmarks.Setup();
        Compilation edited = benchmarks.Edited;
        SyntaxTree networks = edited.SyntaxTrees.Single(t => t.FilePath == "Networks.cs");
        SyntaxTree service = edited.SyntaxTrees.Single(t => t.FilePath == "Service5.cs");
        ImmutableArray<DiagnosticAnalyzer> orphan = ImmutableArray.Create<DiagnosticAnalyzer>(new OrphanLayerAnalyzer());
        ImmutableArray<DiagnosticAnalyzer> empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyTypeAnalyzer());

        (string Name, Func<object> Pass)[] passes =
        [
            ("stub generator, after the edit", () => benchmarks.StubAfterEdit()),
            ("NetGen generator, after the edit", () => benchmarks.NetGenAfterEdit()),
            ("analyzer, edited file (Service5.cs)", () => Document(edited, orphan, service, null)),
            ("empty analyzer, edited file", () => Document(edited, empty, service, null)),
            ("analyzer, networks file (Networks.cs)", () => Document(edited, orphan, networks, null)),
            ("empty analyzer, networks file", () => Document(edited, empty, networks, null)),
        ];
        (string Name, Func<object> Pass)[] builds =
        [
            ("analyzer, whole compilation (build)", () => Whole(edited, orphan, null)),
            ("empty analyzer, whole compilation", () => Whole(edited, empty, null)),
        ];

        // The JIT's optimised tier first, for every pass.
        for (int i = 0; i < Math.Max(20, runs / 5); i++)
        {
            Array.ForEach(passes, p => p.Pass());
        }

        Array.ForEach(builds, p => p.Pass());

        // The generators run right after the analyzer passes, which allocate a hundred times more: each is run once
        // untimed first, so that it is not timed paying for the collections the analyzer passes left behind.
        double[][] times = Measure(passes, runs, warmEach: 2);
        double[][] buildTimes = Measure(builds, Math.Max(5, runs / 10), warmEach: 0);

        // The analyzer's own time (its actions, as Roslyn's telemetry counts them) in each kind of pass.
        int samples = Math.Max(5, runs / 10);
        double[] ownService = new double[samples], ownNetworks = new double[samples], ownWhole = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            ownService[i] = OwnTime(orphan, a => Document(edited, orphan, service, a));
            ownNetworks[i] = OwnTime(orphan, a => Document(edited, orphan, networks, a));
            ownWhole[i] = OwnTime(orphan, a => Whole(edited, orphan, a));
        }

        double stub = Median(times[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs of each pass ({buildTimes[0].Length} of a whole compilation), alternating; medians (p25), and the median as a multiple of the stub's after-edit median:"));
        foreach ((string name, double[] t) in passes.Select(p => p.Name).Concat(builds.Select(p => p.Name)).Zip(times.Concat(buildTimes)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {Median(t),10:F0} us ({Percentile(t, 0.25),8:F0})  {Median(t) / stub,7:F2}x stub"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  analyzer minus empty analyzer, medians: edited file {Median(times[2]) - Median(times[3]):F0} us, networks file {Median(times[4]) - Median(times[5]):F0} us, whole compilation {Median(buildTimes[0]) - Median(buildTimes[1]):F0} us"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  the analyzer's own execution time (Roslyn telemetry, median of {samples}): edited file {Median(ownService):F0} us, networks file {Median(ownNetworks):F0} us, whole compilation {Median(ownWhole):F0} us; {Median(ownWhole) / stub:F2}x the stub's after-edit median"));
    }

    private static double[][] Measure((string Name, Func<object> Pass)[] passes, int runs, int warmEach)
    {
        double[][] times = passes.Select(_ => new double[runs]).ToArray();
        var watch = new Stopwatch();
        for (int i = 0; i < runs; i++)
        {
            for (int p = 0; p < passes.Length; p++)
            {
                if (p < warmEach)
                {
                    passes[p].Pass();
                }

                watch.Restart();
                passes[p].Pass();
                times[p][i] = watch.Elapsed.TotalMicroseconds;
            }
        }

        return times;
    }

    private static double OwnTime(ImmutableArray<DiagnosticAnalyzer> analyzers, Func<CompilationWithAnalyzersOptions, CompilationWithAnalyzers> pass)
    {
        CompilationWithAnalyzers withAnalyzers = pass(new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers[0], CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMicroseconds;
    }

    private static CompilationWithAnalyzers Document(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, SyntaxTree tree, CompilationWithAnalyzersOptions? options)
    {
        // A new CompilationWithAnalyzers each time, as after an edit: nothing of the last pass is reused.
        CompilationWithAnalyzers withAnalyzers = With(compilation, analyzers, options);
        SemanticModel model = withAnalyzers.Compilation.GetSemanticModel(tree);
        withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
        return withAnalyzers;
    }

    private static CompilationWithAnalyzers Whole(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions? options)
    {
        CompilationWithAnalyzers withAnalyzers = With(compilation, analyzers, options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return withAnalyzers;
    }

    private static CompilationWithAnalyzers With(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions? options) =>
        options is null ? compilation.WithAnalyzers(analyzers) : new CompilationWithAnalyzers(compilation, analyzers, options);

    private static double Median(double[] values) => Percentile(values, 0.5);

    private static double Percentile(double[] values, double p)
    {
        double[] sorted = values.Order().ToArray();
        return sorted[(int)(p * (sorted.Length - 1))];
    }

    /// <summary>The baseline: the same registration as <see cref="OrphanLayerAnalyzer"/>, with no work in the action.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyTypeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_none = new("NGBENCH", "None", "None", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(s_none);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start => start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType));
        }
    }
}
