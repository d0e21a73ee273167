using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>
/// Thousands of random declarations, valid and broken in every way users break them, go through the generator driver and
/// NetGen's analyzer in batches. For each batch: neither throws; every declaration gets exactly the NG diagnostics the oracle
/// derives from its model, on exactly the expected spans; the networks that must be generated are generated (their
/// classes implement INetwork&lt;T&gt;) and nothing else is; and the valid ones compile with no warning or error.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 625;
    private const int BatchesPerSeed = 4; // 4 seeds x 4 batches x 625 = 10,000 declarations
    private const int CompiledTogether = 200;

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
        Assert.True(tally.SignaturesOnlyCompiled >= BatchSize * BatchesPerSeed / 20, $"Too few declarations with errors got their signatures: {tally}");
        Assert.Equal(tally.Valid, tally.CompiledClean);
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
        var analyzerWatch = System.Diagnostics.Stopwatch.StartNew();
        int analyzerDiagnostics = run.AnalyzerDiagnostics.Length; // runs the analyzer, once per batch
        tally.AnalyzerTime += analyzerWatch.Elapsed;
        tally.AnalyzerDiagnostics += analyzerDiagnostics;
        AssertDidNotCrash(run, where);

        ILookup<WrittenDeclaration, Diagnostic> reported = run.NetGenDiagnostics.ToLookup(d => OwnerOf(d, owner, where));
        var expectedToGenerate = new List<WrittenDeclaration>();
        var expectedSignaturesOnly = new List<WrittenDeclaration>();
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
                tally.Valid++;
            }
            else if (ExpectedDiagnostics.SignaturesOnly(declaration.Declaration, expected))
            {
                expectedSignaturesOnly.Add(declaration);
            }
        }

        AssertGeneratedExactly(run, declarations, expectedToGenerate, expectedSignaturesOnly, where, tally);

        AssertValidOnesCompileCleanly(expectedToGenerate, where, tally);

        AssertSignaturesOnlyFilesCompileCleanly(expectedSignaturesOnly, where, tally);
    }

    private static void AssertDidNotCrash(GeneratorRun run, string where)
    {
        Assert.True(run.Result.Exception is null, $"{where}: the generator threw {run.Result.Exception}");
        Diagnostic? failure = run.Diagnostics.Concat(run.AnalyzerDiagnostics).FirstOrDefault(d => d.Id is "CS8785" or "AD0001");
        Assert.True(failure is null, $"{where}: {failure}");
    }

    /// <summary>
    /// Every class that must be a network gets exactly one generated file, which re-declares it at the same full name
    /// (namespace, containing types, name); every class with errors whose members are known gets exactly one
    /// signatures-only file; and every generated file belongs to such a class or to a relaxed declaration.
    /// Read from syntax: a second symbol table over thousands of types would double the cost of the batch, and whether
    /// the generated part really joins the class is what compiling the valid ones checks.
    /// </summary>
    private static void AssertGeneratedExactly(GeneratorRun run, WrittenDeclaration[] all, List<WrittenDeclaration> expected, List<WrittenDeclaration> signaturesOnly, string where, Tally tally)
    {
        var mustGenerate = new HashSet<string>(expected.Select(d => d.Declaration.MetadataName), StringComparer.Ordinal);
        var mustStub = new HashSet<string>(signaturesOnly.Select(d => d.Declaration.MetadataName), StringComparer.Ordinal);
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
            string name = CleanCompilation.GeneratedClassName(source.SyntaxTree);
            bool stub = CleanCompilation.IsSignaturesOnly(source.SyntaxTree);
            if (!relaxed.Contains(name))
            {
                Assert.True(stub ? mustStub.Contains(name) : mustGenerate.Contains(name), $"{where}: NetGen generated {source.HintName} for {name}{(stub ? " as signatures only, which it should not have" : ", which has errors")}");
            }

            generated[name] = generated.GetValueOrDefault(name) + 1;
            if (stub)
            {
                tally.SignaturesOnly++;
            }
            else
            {
                tally.Generated++;
            }
        }

        foreach (string name in mustStub)
        {
            Assert.True(generated.GetValueOrDefault(name) == 1,
                $"{where}: {name} should have got one signatures-only file, but has {generated.GetValueOrDefault(name)} generated files{Environment.NewLine}{all.First(d => d.Declaration.MetadataName == name).Source}");
        }

        foreach (string name in mustGenerate)
        {
            Assert.True(generated.GetValueOrDefault(name) == 1,
                $"{where}: {name} should have been generated once, as a network, but has {generated.GetValueOrDefault(name)} generated files{Environment.NewLine}{all.First(d => d.Declaration.MetadataName == name || d.Declaration.CaseTwinMetadataName == name).Source}");
        }
    }

    /// <summary>
    /// Every valid declaration of the batch is compiled with the code NetGen generates for it, in compilations of up to
    /// <see cref="CompiledTogether"/> declarations each (binding the generated methods is what costs; one compilation
    /// for many networks shares the rest and keeps both cores busy), the noisy ones apart, so that the deliberate syntax
    /// errors cannot mask a warning of a clean declaration. Each problem is attributed to its declaration; a failing
    /// declaration is compiled again alone, and the failure prints it, its problems alone and in company, and its seed,
    /// and, when it fails alone, the simplest declaration <see cref="DeclarationShrinker"/> finds that fails the same way.
    /// </summary>
    private static void AssertValidOnesCompileCleanly(List<WrittenDeclaration> valid, string where, Tally tally)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IEnumerable<List<WrittenDeclaration>> groups = valid.Where(d => d.Declaration.Noise == Noise.None).Chunk(CompiledTogether)
            .Append(valid.Where(d => d.Declaration.Noise != Noise.None).ToArray())
            .Where(g => g.Length > 0)
            .Select(g => g.ToList());
        foreach (List<WrittenDeclaration> group in groups)
        {
            IReadOnlyList<Problem> problems = CleanCompilation.Problems(group);
            if (problems.Count > 0)
            {
                Assert.Fail(DescribeFailure(problems, group.Count, where));
            }

            tally.CompiledClean += group.Count;
            tally.Compilations++;
        }

        tally.CompileTime += watch.Elapsed;
    }

    /// <summary>
    /// The signatures-only files of the batch compile without any problem of their own: compiled with their declarations
    /// (whose own errors, CS0579 for a repeated attribute and the like, are theirs), no diagnostic lies in a generated file.
    /// </summary>
    private static void AssertSignaturesOnlyFilesCompileCleanly(List<WrittenDeclaration> declarations, string where, Tally tally)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (WrittenDeclaration[] group in declarations.Chunk(CompiledTogether))
        {
            IReadOnlyList<Problem> problems = CleanCompilation.GeneratedFileProblems(group);
            if (problems.Count > 0)
            {
                WrittenDeclaration? culprit = problems.FirstOrDefault(p => p.Culprit is not null)?.Culprit;
                Assert.Fail($"{where}: {problems.Count} problems in signatures-only files, e.g. {problems[0].Diagnostic}{Environment.NewLine}{culprit?.Source}{Environment.NewLine}{(culprit is null ? string.Empty : CleanCompilation.GeneratedSource(culprit))}");
            }

            tally.SignaturesOnlyCompiled += group.Length;
        }

        tally.CompileTime += watch.Elapsed;
    }

    private static string DescribeFailure(IReadOnlyList<Problem> problems, int together, string where)
    {
        var culprits = problems.Where(p => p.Culprit is not null).GroupBy(p => p.Culprit!).ToList();
        var message = new StringBuilder($"{where}: {culprits.Count} of {together} valid declarations compiled together do not compile cleanly with their generated code.");
        foreach (Problem unattributed in problems.Where(p => p.Culprit is null).Take(5))
        {
            message.AppendLine().Append("Not located in any declaration: ").Append(unattributed.Diagnostic);
        }

        // The first few culprits, each compiled again on its own: a cheap shrinking of the batch to one declaration.
        foreach (IGrouping<WrittenDeclaration, Problem> culprit in culprits.Take(3))
        {
            WrittenDeclaration declaration = culprit.Key;
            IReadOnlyList<Problem> alone = CleanCompilation.Problems([declaration]);
            message.AppendLine().AppendLine()
                .Append($"Declaration {declaration.Declaration.Id} ({declaration.Declaration.MetadataName}), {where}: ")
                .AppendLine(alone.Count > 0 ? "fails alone too." : "compiles cleanly alone; fails only together with the others of its batch.");
            foreach (Problem problem in culprit.Take(5))
            {
                message.Append("  in the batch: ").Append(problem.Diagnostic).AppendLine();
            }

            foreach (Problem problem in alone.Take(5))
            {
                message.Append("  alone: ").Append(problem.Diagnostic).AppendLine();
            }

            message.AppendLine(declaration.Source).AppendLine(CleanCompilation.GeneratedSource(declaration));
            if (alone.Count > 0)
            {
                WrittenDeclaration shrunk = DeclarationShrinker.Shrink(declaration, d => CleanCompilation.Problems([d]).Select(p => p.Diagnostic.Id).ToList());
                message.AppendLine($"Shrunk, still failing with {alone[0].Diagnostic.Id} (pin this one in GeneratorRegressionTests):").AppendLine(shrunk.Source);
            }
        }

        return message.ToString();
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

    private sealed class Tally
    {
        public int Declarations { get; set; }

        public int Relaxed { get; set; }

        public int Generated { get; set; }

        public int Valid { get; set; }

        public int SignaturesOnly { get; set; }

        public int SignaturesOnlyCompiled { get; set; }

        public int CompiledClean { get; set; }

        public int Compilations { get; set; }

        public TimeSpan CompileTime { get; set; }

        public TimeSpan AnalyzerTime { get; set; }

        public int AnalyzerDiagnostics { get; set; }

        public Dictionary<string, int> ById { get; } = [];

        public override string ToString() =>
            $"{Declarations} declarations ({Relaxed} with damaged attributes, only required not to crash); {Generated} networks generated, " +
            $"{CompiledClean} of {Valid} valid declarations compiled without a warning ({Compilations} compilations, {CompileTime.TotalSeconds:F1} s); " +
            $"{SignaturesOnly} signatures-only files for declarations with errors, {SignaturesOnlyCompiled} of them checked to compile; " +
            $"NetGen's analyzer over every batch {AnalyzerTime.TotalSeconds:F1} s ({AnalyzerDiagnostics} diagnostics); expected and reported: " +
            string.Join(", ", ById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} x{p.Value}"));
    }
}
