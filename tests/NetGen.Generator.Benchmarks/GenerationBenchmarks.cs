using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetGen.Generator;

namespace NetGen.Generator.Benchmarks;

/// <summary>
/// How long NetGen makes a build wait: a cold run over 20 networks of mixed sizes, and the run after an unrelated edit
/// (what the IDE does on every keystroke), next to a minimal generator that reads the same attributes and emits a stub,
/// so the ratio shows what NetGen adds over Roslyn's own floor.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private const int ServiceFiles = 200;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;

    /// <summary>The compilation after the unrelated edit (one service file changed), for <see cref="AnalyzerCost"/>.</summary>
    internal CSharpCompilation Edited => _edited;
    private GeneratorDriver _netGenWarm = null!;
    private GeneratorDriver _stubWarm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Networks.Source, parse, path: "Networks.cs") };
        for (int i = 0; i < ServiceFiles; i++)
        {
            // Ordinary code around the networks, as in a real project: 200 files of a few members each.
            trees.Add(CSharpSyntaxTree.ParseText(Service(i), parse, path: $"Service{i}.cs"));
        }

        _compilation = CSharpCompilation.Create(
            "App",
            trees,
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(NetworkAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        SyntaxTree service = trees[5];
        _edited = _compilation.ReplaceSyntaxTree(service, service.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(service.GetText() + "\n// edited\n")));
        _netGenWarm = Driver(new NetGenGenerator()).RunGenerators(_compilation);
        _stubWarm = Driver(new StubGenerator()).RunGenerators(_compilation);
    }

    [Benchmark(Description = "NetGen, cold run, 20 networks")]
    public GeneratorDriver NetGenCold() => Driver(new NetGenGenerator()).RunGenerators(_compilation);

    [Benchmark(Description = "Stub generator, cold run")]
    public GeneratorDriver StubCold() => Driver(new StubGenerator()).RunGenerators(_compilation);

    [Benchmark(Baseline = true, Description = "Stub generator, after an unrelated edit")]
    public GeneratorDriver StubAfterEdit() => _stubWarm.RunGenerators(_edited);

    [Benchmark(Description = "NetGen, after an unrelated edit")]
    public GeneratorDriver NetGenAfterEdit() => _netGenWarm.RunGenerators(_edited);

    private static string Service(int i) => $$"""
        namespace App.Services{{i % 10}};

        public sealed class Service{{i}}
        {
            private readonly System.Collections.Generic.Dictionary<string, int> _counts = new();

            public int Count(string key) => _counts.TryGetValue(key, out int value) ? value : 0;

            public void Add(string key, int amount)
            {
                _counts[key] = Count(key) + amount;
            }

            public double Mean(System.Collections.Generic.IReadOnlyList<double> values)
            {
                double sum = 0;
                foreach (double v in values)
                {
                    sum += v * {{i}};
                }

                return values.Count == 0 ? 0 : sum / values.Count;
            }
        }
        """;

    private static GeneratorDriver Driver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(
            ImmutableArray.Create(generator.AsSourceGenerator()),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}

/// <summary>The floor: finds the same [Network] types the same way and emits an empty partial class for each.</summary>
[Generator]
public sealed class StubGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string? Namespace, string Name)> types = context.SyntaxProvider.ForAttributeWithMetadataName(
            "NetGen.NetworkAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
            static (ctx, _) => (ctx.TargetSymbol.ContainingNamespace.IsGlobalNamespace ? null : ctx.TargetSymbol.ContainingNamespace.ToDisplayString(), ctx.TargetSymbol.Name));
        context.RegisterSourceOutput(types, static (spc, t) =>
            spc.AddSource(t.Name + ".stub.g.cs", (t.Namespace is null ? string.Empty : $"namespace {t.Namespace};\n") + $"partial class {t.Name} {{ }}\n"));
    }
}
