using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>
/// Thousands of random declarations, valid and broken in every way users break them, go through the generator driver in
/// batches. For each batch: the generator never throws; every declaration gets exactly the NG diagnostics the oracle
/// derives from its model, on exactly the expected spans; the networks that must be generated are generated (their
/// classes implement INetwork&lt;T&gt;) and nothing else is; and the valid ones compile with no warning or error.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 625;
    private const int BatchesPerSeed = 4; // 4 seeds x 4 batches x 625 = 10,000 declarations
    private const int CompiledPerBatch = 10;

    public static TheoryData<int> FixedSeeds => new() { 20_240_611, 7, 1_234_567, 31_337 };

    [Theory]
    [MemberData(nameof(FixedSeeds))]
    public void Random_declarations_never_crash_the_generator_get_exactly_the_documented_diagnostics_and_compile_when_valid(int fixedSeed)
    {
        int seed = Seeds.Resolve(fixedSeed);
        var tally = new Tally();
        for (int batch = 0; batch < BatchesPerSeed; batch++)
        {
            var random = new Random(Seeds.Derive(seed, batch));
            WrittenDeclaration[] declarations = Enumerable.Range(0, BatchSize)
                .Select(i => DeclarationWriter.Write(DeclarationFactory.Create(random, (batch * BatchSize) + i)))
                .ToArray();
            CheckBatch(declarations, $"{Seeds.Describe(seed)}, batch {batch}", tally);
        }

        output.WriteLine(tally.ToString());

        // The fuzzing must keep reaching every diagnostic, and valid networks, or it proves little.
        foreach (string id in Enumerable.Range(1, 15).Select(i => $"NG{i:D4}"))
        {
            Assert.True(tally.ById.ContainsKey(id), $"No declaration led to {id}; the generator of declarations has lost a case. {tally}");
        }

        Assert.True(tally.Generated >= BatchSize * BatchesPerSeed / 4, $"Too few valid networks: {tally}");
        Assert.Equal(CompiledPerBatch * BatchesPerSeed, tally.CompiledClean);
    }

    private static void CheckBatch(WrittenDeclaration[] declarations, string where, Tally tally)
    {
        var owner = new Dictionary<string, WrittenDeclaration>();
        var trees = new List<SyntaxTree>();
        foreach (WrittenDeclaration declaration in declarations)
        {
            foreach ((string path, string text) in declaration.Files)
            {
                owner[path] = declaration;
                trees.Add(InMemoryGenerator.Parse(text, path));
            }
        }

        GeneratorRun run = InMemoryGenerator.Run(InMemoryGenerator.Compile(trees));
        AssertDidNotCrash(run, where);

        ILookup<WrittenDeclaration, Diagnostic> reported = run.NetGenDiagnostics.ToLookup(d => OwnerOf(d, owner, where));
        var expectedToGenerate = new List<WrittenDeclaration>();
        foreach (WrittenDeclaration declaration in declarations)
        {
            IReadOnlyList<ExpectedDiagnostic>? expected = ExpectedDiagnostics.For(declaration);
            tally.Declarations++;
            if (expected is null)
            {
                tally.Relaxed++;
                continue;
            }

            string[] wanted = expected.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToArray();
            string[] got = reported[declaration].Select(Describe).Order(StringComparer.Ordinal).ToArray();
            if (!wanted.SequenceEqual(got))
            {
                Assert.Fail($"{where}, declaration {declaration.Declaration.Id}:{Environment.NewLine}expected [{string.Join(", ", wanted)}]{Environment.NewLine}reported [{string.Join(", ", got)}]{Environment.NewLine}{declaration.Source}");
            }

            foreach (ExpectedDiagnostic e in expected)
            {
                tally.ById[e.Id] = tally.ById.GetValueOrDefault(e.Id) + 1;
            }

            if (ExpectedDiagnostics.Generates(declaration.Declaration, expected))
            {
                expectedToGenerate.Add(declaration);
            }
        }

        AssertGeneratedExactly(run, declarations, expectedToGenerate, where, tally);

        // Binding the generated code costs about 20 ms a network here, so of each batch's valid declarations the first
        // few dozen (random declarations, so a random sample of contexts and specs) are compiled in full.
        AssertValidOnesCompileCleanly(expectedToGenerate.Where(d => d.Declaration.Noise == Noise.None).Take(CompiledPerBatch).ToList(), where, tally);
    }

    private static void AssertDidNotCrash(GeneratorRun run, string where)
    {
        Assert.True(run.Result.Exception is null, $"{where}: the generator threw {run.Result.Exception}");
        Diagnostic? failure = run.Diagnostics.FirstOrDefault(d => d.Id is "CS8785" or "AD0001");
        Assert.True(failure is null, $"{where}: {failure}");
    }

    /// <summary>
    /// Every class that must be a network gets exactly one generated file, which re-declares it at the same full name
    /// (namespace, containing types, name), and every generated file belongs to such a class or to a relaxed declaration.
    /// Read from syntax: a second symbol table over thousands of types would double the cost of the batch, and whether
    /// the generated part really joins the class is what compiling the valid ones checks.
    /// </summary>
    private static void AssertGeneratedExactly(GeneratorRun run, WrittenDeclaration[] all, List<WrittenDeclaration> expected, string where, Tally tally)
    {
        var mustGenerate = new HashSet<string>(expected.Select(d => d.Declaration.MetadataName), StringComparer.Ordinal);
        foreach (WrittenDeclaration declaration in all)
        {
            if (declaration.Declaration.CaseTwinMetadataName is { } twin)
            {
                mustGenerate.Add(twin);
            }
        }

        var relaxed = new HashSet<string>(all.Where(d => d.Declaration.Relaxation != Relaxation.None).Select(d => d.Declaration.MetadataName), StringComparer.Ordinal);
        var generated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in run.Result.GeneratedSources)
        {
            string name = GeneratedClassName(source.SyntaxTree);
            Assert.True(mustGenerate.Contains(name) || relaxed.Contains(name), $"{where}: NetGen generated {source.HintName} for {name}, which has errors");
            generated[name] = generated.GetValueOrDefault(name) + 1;
            tally.Generated++;
        }

        foreach (string name in mustGenerate)
        {
            Assert.True(generated.GetValueOrDefault(name) == 1,
                $"{where}: {name} should have been generated once, as a network, but has {generated.GetValueOrDefault(name)} generated files{Environment.NewLine}{all.First(d => d.Declaration.MetadataName == name || d.Declaration.CaseTwinMetadataName == name).Source}");
        }
    }

    /// <summary>The metadata name of the class a generated file adds to (the one implementing INetwork), read from its syntax.</summary>
    private static string GeneratedClassName(SyntaxTree tree)
    {
        ClassDeclarationSyntax generated = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.BaseList is not null);
        var path = new List<string>();
        for (SyntaxNode? node = generated; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax type:
                    path.Insert(0, type.Identifier.ValueText + (type.TypeParameterList is null ? string.Empty : "`" + type.TypeParameterList.Parameters.Count));
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    return string.Join(".", ns.Name.ToString().Split('.').Select(n => n.TrimStart('@'))) + "." + string.Join("+", path);
            }
        }

        return string.Join("+", path);
    }

    private static void AssertValidOnesCompileCleanly(List<WrittenDeclaration> valid, string where, Tally tally)
    {
        // Only the valid declarations, so that any warning or error is theirs or their generated code's.
        var trees = valid.SelectMany(d => d.Files.Select(f => InMemoryGenerator.Parse(f.Text, f.Path)));
        GeneratorRun run = InMemoryGenerator.Run(InMemoryGenerator.Compile(trees));
        AssertDidNotCrash(run, where);
        Diagnostic[] problems = run.CompilationProblems().ToArray();
        if (problems.Length > 0)
        {
            var message = new StringBuilder($"{where}: valid declarations do not compile cleanly:");
            foreach (Diagnostic problem in problems.Take(5))
            {
                message.AppendLine().Append(problem);
                WrittenDeclaration? culprit = valid.FirstOrDefault(d => d.Files.Any(f => f.Path == problem.Location.SourceTree?.FilePath)
                    || problem.Location.SourceTree?.GetText().ToString().Contains($"partial class {d.Declaration.NameValue} ", StringComparison.Ordinal) == true);
                if (culprit is not null)
                {
                    message.AppendLine().Append(culprit.Source);
                }
            }

            Assert.Fail(message.ToString());
        }

        tally.CompiledClean += valid.Count;
    }

    private static WrittenDeclaration OwnerOf(Diagnostic diagnostic, Dictionary<string, WrittenDeclaration> owner, string where)
    {
        string path = diagnostic.Location.GetLineSpan().Path;
        return owner.TryGetValue(path, out WrittenDeclaration? declaration)
            ? declaration
            : throw new Xunit.Sdk.XunitException($"{where}: {diagnostic} is not located in any declaration's file");
    }

    private static string Describe(Diagnostic diagnostic) =>
        new ExpectedDiagnostic(diagnostic.Id, new SourceSpan(diagnostic.Location.GetLineSpan().Path, diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length)).ToString();

    private static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        for (INamespaceSymbol ns = type.ContainingNamespace; !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            name = ns.MetadataName + "." + name;
        }

        return name;
    }

    private sealed class Tally
    {
        public int Declarations { get; set; }

        public int Relaxed { get; set; }

        public int Generated { get; set; }

        public int CompiledClean { get; set; }

        public Dictionary<string, int> ById { get; } = [];

        public override string ToString() =>
            $"{Declarations} declarations ({Relaxed} with damaged attributes, only required not to crash); {Generated} networks generated, " +
            $"{CompiledClean} valid declarations compiled without a warning; expected and reported: " +
            string.Join(", ", ById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} x{p.Value}"));
    }
}
