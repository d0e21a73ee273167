using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Writers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetGen.Generator.Tests;

/// <summary>
/// A declaration with NG errors whose generated members are known still gets their signatures (bodies that throw), so
/// that the user's uses of them add no CS1061/CS0117 and the NG errors stand alone; one whose members are not known
/// gets nothing.
/// </summary>
[UseApprovalSubdirectory("_snapshots")]
public class SignaturesOnlyTests
{
    private const string Usings = "using NetGen;\n";

    /// <summary>Uses of the generated members, of every kind: constants, static and instance members, INetwork.</summary>
    private const string FloatUses = """
        public static class Uses
        {
            public static float Run(Net net, float[] x)
            {
                long n = (long)Net.InputSize + Net.OutputSize + Net.ParameterCount;
                net.InitializeParameters(1);
                System.Span<float> output = stackalloc float[4];
                net.Forward(x, output);
                net.ForwardBatch(x, output);
                NetGen.NetworkTopology topology = Net.Topology;
                NetGen.INetwork<float> face = net;
                return n + net.Parameters.Length + face.ParameterCount + USE;
            }
        }
        """;

    [Theory]
    [InlineData("NG0004", "[Network(Loss.Hinge)][Input(0)][Dense(3, Activation.Tanh)][Dense(1)]", "net.Classify(x) + net.Predict(x) + net.TrainStep(x, 1f, 0.1f) + net.ComputeLoss(x, -1f)")]
    [InlineData("NG0004", "[Network(Loss.SoftmaxCrossEntropy)][Input(4)][Dense(-3, Activation.Tanh)][Dense(3)]", "net.Classify(x) + net.TrainStep(x, 2, 0.1f) + net.AccumulateGradient(x, 1, new float[9])")]
    [InlineData("NG0002", "[Network(Loss.Logistic)][Dense(1)]", "net.Classify(x) + net.Predict(x) + net.TrainStep(x, 1f, 0.1f)")]
    [InlineData("NG0003", "[Network(Loss.SoftmaxCrossEntropy)][Input(2)]", "net.Classify(x) + net.TrainStep(x, 0, 0.1f)")]
    [InlineData("NG0005", "[Network(Loss.SquaredError)][Input(2)][Dense(3, (Activation)42)][Dense(2)]", "net.TrainStep(x, x, 0.1f) + net.ComputeLoss(x, x)")]
    [InlineData("NG0005", "[Network(Loss.Hinge, Unroll = (Unrolling)3)][Input(2)][Dense(1)]", "net.Classify(x) + net.TrainStep(x, 1f, 0.1f)")]
    [InlineData("NG0006", "[Network(Loss.Hinge)][Input(2)][Dense(2)]", "net.Classify(x) + net.TrainStep(x, 1f, 0.1f)")]
    [InlineData("NG0011", "[Network(Loss.SquaredError, Unroll = Unrolling.Always)][Input(100)][Dense(100, Activation.Tanh)][Dense(1)]", "net.Predict(x) + net.TrainStep(x, x, 0.1f)")]
    [InlineData("NG0015", "[Network(Loss.SquaredError)][Input(2000000000)][Dense(2000000000)]", "net.TrainStep(x, x, 0.1f)")]
    public void A_consumer_using_the_generated_members_of_a_network_with_an_error_sees_only_that_error(string id, string attributes, string use)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + attributes + " public partial class Net { }\n" + FloatUses.Replace("USE", use, StringComparison.Ordinal));

        Assert.Equal([id], result.NetGenDiagnostics.Select(d => d.Id));
        string stub = Assert.Single(result.Sources).SourceText.ToString();
        Assert.Contains($"NetGen could not generate Net: fix {id} first.", stub);
        Assert.Empty(result.CompilationDiagnostics); // no CS1061, CS0117 or anything else: the NG error stands alone
    }

    [Theory]
    [InlineData("Loss.Hinge", "", 1)]
    [InlineData("Loss.Logistic", ", Precision = Precision.Double", 1)]
    [InlineData("Loss.SquaredError", "", 1)]
    [InlineData("Loss.SquaredError", ", Precision = Precision.Double", 3)]
    [InlineData("Loss.SoftmaxCrossEntropy", "", 3)]
    [InlineData("Loss.SoftmaxCrossEntropy", ", Precision = Precision.Double", 3)]
    public void The_signatures_only_file_declares_exactly_the_public_members_of_the_generated_network(string loss, string precision, int outputs)
    {
        // A repeated [Input] is an error that leaves every size known, so even the constants must match the real ones.
        string layers = $"[Input(2)][Dense(3, Activation.Tanh)][Dense({outputs})] public partial class Net {{ }}";
        GeneratorHarness.Result real = GeneratorHarness.Run(Usings + $"[Network({loss}{precision})]" + layers);
        GeneratorHarness.Result stub = GeneratorHarness.Run(Usings + $"[Network({loss}{precision})]" + layers.Replace("[Input(2)]", "[Input(2)][Input(5)]", StringComparison.Ordinal));

        Assert.Empty(real.GeneratorDiagnostics);
        Assert.Equal(["NG0007"], stub.GeneratorDiagnostics.Select(d => d.Id));
        string[] expected = PublicSurface(real.Single);
        Assert.Contains(expected, m => m.Contains(" TrainStep(", StringComparison.Ordinal));
        Assert.Equal(expected, PublicSurface(stub.Single));
    }

    [Fact]
    public void A_double_network_with_an_error_gets_double_signatures_and_its_uses_compile()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            Usings + "[Network(Loss.SquaredError, Precision = Precision.Double)][Input(-1)][Dense(1)] public partial class Net { }\n" +
            "public static class Uses { public static double Run(Net net, double[] x) => net.Predict(x) + net.TrainStep(x, x, 0.1) + Net.OutputSize; }");

        Assert.Equal(["NG0004"], result.NetGenDiagnostics.Select(d => d.Id));
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("public const int OutputSize = 1;", result.Single);
        Assert.Contains("public static int InputSize => throw", result.Single);
    }

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public class Net { }", "NG0001")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net<T> { }", "NG0009")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial struct Net { }", "NG0012")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { public void Forward() { } }", "NG0010")]
    [InlineData("[Network(Loss.Hinge)][Input(0)][Dense(1)] public partial class Net { public void Forward() { } }", "NG0004")]
    [InlineData("[Network((Loss)9)][Input(2)][Dense(1)] public partial class Net { }", "NG0005")]
    [InlineData("[Network(Loss.Hinge, Precision = (Precision)5)][Input(2)][Dense(1)] public partial class Net { }", "NG0005")]
    [InlineData("[Network(Loss.SquaredError)][Input(2)] public partial class Net { }", "NG0003")]
    [InlineData("[Network(Loss.SquaredError)][Input(2)][Dense(0)] public partial class Net { }", "NG0004")]
    public void Nothing_is_written_when_the_members_are_not_known_or_would_not_compile(string source, string id)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);

        Assert.Contains(result.NetGenDiagnostics, d => d.Id == id);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_stub_throws_an_exception_naming_the_errors_and_keeps_known_sizes_as_constants()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + "[Network(Loss.Hinge)][Network(Loss.Logistic)][Input(0)][Dense(2)][Dense(2)] public partial class Net { }");

        Assert.Equal(["NG0004", "NG0007"], result.GeneratorDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        string stub = result.Single;
        Assert.Contains("throw new global::System.InvalidOperationException(\"NetGen could not generate Net: fix NG0004, NG0007 first.\")", stub);
        Assert.Contains("public const int OutputSize = 2;", stub);
        Assert.Contains("public static int ParameterCount => throw", stub);
        Assert.DoesNotContain("Predict", stub); // two outputs declared: the loss's error (not checked yet) does not change the members
        Assert.Contains("public int Classify(", stub);
    }

    [Fact]
    public void Signatures_only_source_matches_the_approved_snapshot()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run("""
            using NetGen;

            namespace Demo.Iris;

            [Network(Loss.SoftmaxCrossEntropy)]
            [Input(0)]
            [Dense(8, Activation.Tanh)]
            [Dense(3)]
            public partial class IrisNet { }
            """);

        Assert.Equal(["NG0004"], result.GeneratorDiagnostics.Select(d => d.Id));
        using (ApprovalResults.ForScenario("SignaturesOnlyIris"))
        {
            Approvals.Verify(new ApprovalTextWriter(result.Single, "cs"));
        }
    }

    [Fact]
    public void Signatures_only_doc_comments_are_well_formed_for_a_consumer_that_builds_its_documentation()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + "[Network(Loss.SquaredError)][Input(0)][Dense(2)] public partial class Net { }\npublic class Undocumented { }");
        SyntaxTree stub = result.Output.SyntaxTrees.Last();
        Assert.Contains("NetGen could not generate", stub.GetText().ToString());

        var diagnose = ((CSharpParseOptions)stub.Options).WithDocumentationMode(DocumentationMode.Diagnose);
        Compilation documented = result.Output;
        foreach (SyntaxTree tree in result.Output.SyntaxTrees)
        {
            documented = documented.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(tree.GetRoot(), diagnose));
        }

        SyntaxTree documentedStub = documented.SyntaxTrees.Last();
        // The mode is on: the user's own undocumented public class is reported (CS1591), the generated file is not.
        Assert.Contains(documented.GetDiagnostics(), d => d.Id == "CS1591" && d.Location.SourceTree == documented.SyntaxTrees.First());
        Assert.Empty(documented.GetDiagnostics().Where(d => d.Location.SourceTree == documentedStub && d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Signatures_only_source_compiles_for_CSharp12_on_net8()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            Usings + "[Network(Loss.SoftmaxCrossEntropy)][Input(0)][Dense(8, Activation.Tanh)][Dense(3)] public partial class Net { }\n" +
            "public static class Uses { public static int Run(Net net, float[] x) => net.Classify(x) + Net.OutputSize; }",
            net8: true);

        Assert.Equal(["NG0004"], result.NetGenDiagnostics.Select(d => d.Id));
        Assert.Single(result.Sources);
        Assert.Empty(result.CompilationDiagnostics);
    }

    /// <summary>
    /// The class's public members and INetwork implementations, as modifiers, type, name and parameters (bodies left
    /// out). A member added to the generated class and not to the signatures-only file fails the test above.
    /// </summary>
    private static string[] PublicSurface(string source)
    {
        ClassDeclarationSyntax type = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.BaseList is not null);
        var surface = new List<string>();
        foreach (MemberDeclarationSyntax member in type.Members)
        {
            string modifiers = string.Join(" ", member.Modifiers.Select(m => m.Text));
            string? signature = member switch
            {
                MethodDeclarationSyntax m when m.ExplicitInterfaceSpecifier is not null || m.Modifiers.Any(SyntaxKind.PublicKeyword)
                    => $"{modifiers} {m.ReturnType} {m.ExplicitInterfaceSpecifier}{m.Identifier}{m.ParameterList}",
                PropertyDeclarationSyntax p when p.ExplicitInterfaceSpecifier is not null || p.Modifiers.Any(SyntaxKind.PublicKeyword)
                    => $"{modifiers} {p.Type} {p.ExplicitInterfaceSpecifier}{p.Identifier}",
                FieldDeclarationSyntax f when f.Modifiers.Any(SyntaxKind.PublicKeyword)
                    => $"{modifiers} {f.Declaration}",
                _ => null,
            };
            // Fit's plumbing (ISgdSequence) is not written for a stub: Fit falls back to the loop over TrainStep, which throws.
            if (signature is not null && !signature.Contains("ISgdSequence", StringComparison.Ordinal))
            {
                surface.Add(signature.Trim());
            }
        }

        return surface.Order(StringComparer.Ordinal).ToArray();
    }
}
