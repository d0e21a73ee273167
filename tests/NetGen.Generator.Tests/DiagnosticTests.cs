using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests;

/// <summary>Each NG diagnostic fires for its mistake, on the offending code, and stops the generation of the network (at most its signatures are written).</summary>
public class DiagnosticTests
{
    private const string Usings = "using NetGen;\n";

    [Fact]
    public void Valid_declaration_yields_no_diagnostics_and_one_file()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + "[Network(Loss.Hinge)][Input(2)][Dense(3, Activation.Sigmoid)][Dense(1)] public partial class Net { }");

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Single(result.Sources);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public class Net { }", "Net")]
    [InlineData("public class Outer { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } }", "Outer")]
    public void NG0001_type_or_containing_type_not_partial(string source, string located) =>
        AssertReported(source, "NG0001", located);

    [Fact]
    public void NG0002_missing_input() =>
        AssertReported("[Network(Loss.Hinge)][Dense(1)] public partial class Net { }", "NG0002", "Net");

    [Fact]
    public void NG0003_no_dense_layer() =>
        AssertReported("[Network(Loss.Hinge)][Input(2)] public partial class Net { }", "NG0003", "Net");

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(0)][Dense(1)] public partial class Net { }", "0")]
    [InlineData("[Network(Loss.SquaredError)][Input(2)][Dense(-3, Activation.Tanh)][Dense(1)] public partial class Net { }", "-3")]
    public void NG0004_non_positive_size(string source, string located) =>
        AssertReported(source, "NG0004", located);

    [Theory]
    [InlineData("[Network(Loss.SquaredError)][Input(2)][Dense(3, (Activation)42)][Dense(1)] public partial class Net { }", "(Activation)42")]
    [InlineData("[Network((Loss)9)][Input(2)][Dense(1)] public partial class Net { }", "(Loss)9")]
    [InlineData("[Network(Loss.Hinge, Precision = (Precision)5)][Input(2)][Dense(1)] public partial class Net { }", "Precision = (Precision)5")]
    [InlineData("[Network(Loss.Hinge, Unroll = (Unrolling)3)][Input(2)][Dense(1)] public partial class Net { }", "Unroll = (Unrolling)3")]
    public void NG0005_undefined_enum_value(string source, string located) =>
        AssertReported(source, "NG0005", located);

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(2)] public partial class Net { }", "Dense(2)")]
    [InlineData("[Network(Loss.Logistic)][Input(2)][Dense(1, Activation.Sigmoid)] public partial class Net { }", "Dense(1, Activation.Sigmoid)")]
    [InlineData("[Network(Loss.SoftmaxCrossEntropy)][Input(2)][Dense(1)] public partial class Net { }", "Dense(1)")]
    [InlineData("[Network(Loss.SoftmaxCrossEntropy)][Input(2)][Dense(3, Activation.ReLU)] public partial class Net { }", "Dense(3, Activation.ReLU)")]
    public void NG0006_loss_does_not_fit_the_output_layer(string source, string located) =>
        AssertReported(source, "NG0006", located);

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Network(Loss.Logistic)][Input(2)][Dense(1)] public partial class Net { }", "Network(Loss.Logistic)")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Input(3)][Dense(1)] public partial class Net { }", "Input(3)")]
    public void NG0007_repeated_attribute(string source, string located) =>
        AssertReported(source, "NG0007", located, compilerAlsoReports: "CS0579");

    [Fact]
    public void NG0007_repeated_across_partial_declarations_is_reported_once() =>
        AssertReported(
            "[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }",
            "NG0007",
            "Network(Loss.Logistic)",
            compilerAlsoReports: "CS0579",
            moreSources: Usings + "[Network(Loss.Logistic)] public partial class Net { }");

    [Fact]
    public void NG0008_dense_layers_in_several_partial_declarations() =>
        AssertReported(
            "[Network(Loss.SquaredError)][Input(2)][Dense(3, Activation.Tanh)] public partial class Net { }",
            "NG0008",
            "Dense(1)",
            moreSources: Usings + "[Dense(1)] public partial class Net { }");

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net<T> { }", "Net")]
    [InlineData("public partial class Outer<T> { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } }", "Net")]
    public void NG0009_generic_type(string source, string located) =>
        AssertReported(source, "NG0009", located);

    [Theory]
    [InlineData("public void Forward() { }", "Forward")]
    [InlineData("public int Parameters => 0;", "Parameters")]
    [InlineData("private double[] _parameters = new double[1];", "_parameters")]
    [InlineData("private int _stepRecord;", "_stepRecord")]
    [InlineData("public int Classify(int x) => x;", "Classify")]
    public void NG0010_user_member_collides_with_a_generated_one(string member, string located) =>
        AssertReported("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { " + member + " }", "NG0010", located);

    [Theory]
    [InlineData("Hinge", 1, "public const int DefaultSeed = 1;", "DefaultSeed")]
    [InlineData("SoftmaxCrossEntropy", 3, "public void Probabilities() { }", "Probabilities")]
    [InlineData("SoftmaxCrossEntropy", 3, "public int ProbabilitiesBatch;", "ProbabilitiesBatch")]
    [InlineData("Logistic", 1, "public double Probability => 0;", "Probability")]
    [InlineData("Logistic", 1, "public void ProbabilityBatch() { }", "ProbabilityBatch")]
    public void NG0010_the_seed_and_probability_members_collide(string loss, int outputs, string member, string located) =>
        AssertReported($"[Network(Loss.{loss})][Input(2)][Dense({outputs})] public partial class Net {{ {member} }}", "NG0010", located);

    [Fact]
    public void NG0010_is_not_reported_for_members_not_generated_for_that_loss() =>
        AssertClean("[Network(Loss.SquaredError)][Input(2)][Dense(2)] public partial class Net { public int Classify() => 0; public int Predict() => 0; public int Probabilities() => 0; public int Probability() => 0; }");

    [Fact]
    public void NG0010_spares_the_probability_members_of_the_other_classifier() =>
        AssertClean(
            "[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class A { public int Probability() => 0; public int Probabilities() => 0; }"
            + "[Network(Loss.Logistic)][Input(2)][Dense(1)] public partial class B { public int Probabilities() => 0; public int ProbabilitiesBatch() => 0; }"
            + "[Network(Loss.SoftmaxCrossEntropy)][Input(2)][Dense(3)] public partial class C { public int Probability() => 0; public int ProbabilityBatch() => 0; }");

    [Theory]
    [InlineData("[Network(Loss.SquaredError, Unroll = Unrolling.Always)][Input(100)][Dense(100, Activation.Tanh)][Dense(1)] public partial class Net { }")]
    [InlineData("[Network(Loss.SquaredError, Unroll = Unrolling.Always)][Input(31)][Dense(31)][Dense(1)] public partial class Net { }")]
    [InlineData("[Network(Loss.SquaredError, Unroll = Unrolling.Always)][Input(2000000000)][Dense(2000000000)] public partial class Net { }")]
    public void NG0011_unrolling_asked_for_a_network_over_the_budget(string source) =>
        AssertReported(source, "NG0011", source[1..source.IndexOf(']')]);

    [Fact]
    public void NG0014_auto_falls_back_to_loops_with_an_info_and_still_generates()
    {
        const string source = "[Network(Loss.SoftmaxCrossEntropy)][Input(784)][Dense(128, Activation.ReLU)][Dense(10)] public partial class Mnist { }";
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);

        Diagnostic info = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("NG0014", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.DefaultSeverity);
        Assert.Contains("DenseKernels.Affine", result.Single);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Id != "NG0014"));
    }

    [Fact]
    public void Unroll_Never_chooses_loops_without_a_diagnostic_and_Auto_unrolls_small_networks()
    {
        GeneratorHarness.Result loops = GeneratorHarness.Run(Usings + "[Network(Loss.Hinge, Unroll = Unrolling.Never)][Input(2)][Dense(3, Activation.Tanh)][Dense(1)] public partial class Net { }");
        GeneratorHarness.Result unrolled = GeneratorHarness.Run(Usings + "[Network(Loss.Hinge)][Input(2)][Dense(3, Activation.Tanh)][Dense(1)] public partial class Net { }");

        Assert.Empty(loops.GeneratorDiagnostics);
        Assert.Contains("DenseKernels.Affine", loops.Single);
        Assert.Empty(unrolled.GeneratorDiagnostics);
        Assert.DoesNotContain("DenseKernels.Affine", unrolled.Single);
        // Unrolled: column 0 of W(1), w_00 w_10 w_20, times x_0, for the 3 neurons of z(2) in one vector (TrainStep reads
        // it from its step record's copy of layer 1).
        Assert.Contains("NetGenVector256.Create(W1old[0], W1old[2], W1old[4], 0f, 0f, 0f, 0f, 0f), NetGenVector256.Create(h1_0)", unrolled.Single);
    }

    [Theory]
    [InlineData("[Network(Loss.SquaredError)][Input(2000000000)][Dense(2000000000)] public partial class Net { }")]
    [InlineData("[Network(Loss.SoftmaxCrossEntropy, Unroll = Unrolling.Never)][Input(4)][Dense(300)] public partial class Net { }")]
    [InlineData("[Network(Loss.SquaredError, Precision = Precision.Double)][Input(4)][Dense(20000, Activation.Tanh)][Dense(1)] public partial class Net { }")]
    public void NG0015_loop_code_too_large_for_its_stack_buffers(string source) =>
        AssertReported(source, "NG0015", source[1..source.IndexOf(']')]);

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial struct Net { }", "Net", "a struct")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public static partial class Net { }", "Net", "a static class")]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial record Net;", "Net", "a record")]
    public void NG0012_type_must_be_a_class(string source, string located, string kind)
    {
        Diagnostic diagnostic = AssertReported(source, "NG0012", located, compilerAlsoReports: source.Contains("struct") ? "CS0592" : null);
        Assert.Contains(kind, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("[Input(2)] public partial class Net { }", "Input(2)")]
    [InlineData("[Dense(3)][Dense(1)] public partial class Net { }", "Dense(3)")]
    public void NG0013_layer_attributes_without_network_warn(string source, string located)
    {
        Diagnostic diagnostic = AssertReported(source, "NG0013", located);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
    }

    [Fact]
    public void Every_descriptor_says_how_to_fix_it_and_where_its_section_is_and_has_no_link_that_resolves_nowhere()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        string[] sections = docs.Split('\n').Where(l => l.StartsWith("## NG", StringComparison.Ordinal)).Select(l => l[3..9]).ToArray();
        Assert.Equal(16, Diagnostics.DiagnosticDescriptors.All.Count);
        foreach (DiagnosticDescriptor descriptor in Diagnostics.DiagnosticDescriptors.All)
        {
            string description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(description.Length > Diagnostics.DiagnosticDescriptors.Docs.Length + 40, $"{descriptor.Id} has no description of its fix");
            Assert.True(description.StartsWith("Fix: ", StringComparison.Ordinal) || descriptor.DefaultSeverity == DiagnosticSeverity.Info, description);
            Assert.EndsWith(Diagnostics.DiagnosticDescriptors.Docs, description);
            Assert.Equal(string.Empty, descriptor.HelpLinkUri); // no hosted site: the description names the page in the package
            Assert.Single(sections, descriptor.Id);
            Assert.Contains("| " + descriptor.Id + " |", docs);
        }

        Assert.Equal(Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), sections);
    }

    [Fact]
    public void The_diagnostics_page_the_descriptions_point_to_is_packed_where_they_say()
    {
        // DiagnosticDescriptors.Docs names docs/diagnostics.md inside the package; the runtime project packs it there.
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot(), "src", "NetGen", "NetGen.csproj"));
        Assert.Contains(
            project.Descendants("None"),
            e => (string?)e.Attribute("Include") == "../../docs/diagnostics.md" && (string?)e.Attribute("Pack") == "true" && (string?)e.Attribute("PackagePath") == "docs/");
        Assert.Contains("docs/diagnostics.md inside the NetGen package", Diagnostics.DiagnosticDescriptors.Docs);
    }

    internal static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "NetGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("NetGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static void AssertClean(string source)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);
        Assert.Empty(result.NetGenDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    /// <summary>
    /// Asserts that NetGen (generator or analyzer) reported <paramref name="id"/> exactly once, on the source text
    /// <paramref name="located"/>, that nothing else came from NetGen, and, for errors, that no code was generated.
    /// </summary>
    private static Diagnostic AssertReported(string source, string id, string located, string? compilerAlsoReports = null, string? moreSources = null)
    {
        GeneratorHarness.Result result = moreSources is null
            ? GeneratorHarness.Run(Usings + source)
            : GeneratorHarness.Run(Usings + source, false, moreSources);

        Diagnostic diagnostic = Assert.Single(result.NetGenDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        SyntaxTree tree = result.Input.SyntaxTrees.Single(t => t.FilePath == diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(located, tree.GetText().ToString(diagnostic.Location.SourceSpan));

        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            // No network, at most the signatures-only file (SignaturesOnlyTests), which must compile without a problem of its own.
            foreach (GeneratedSourceResult generated in result.Sources)
            {
                Assert.Contains($"NetGen could not generate", generated.SourceText.ToString());
                Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath == generated.SyntaxTree.FilePath));
            }
        }

        if (compilerAlsoReports is not null)
        {
            Assert.Contains(result.Input.GetDiagnostics(), d => d.Id == compilerAlsoReports);
        }

        return diagnostic;
    }
}
