using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests;

/// <summary>
/// NG0013 comes from <see cref="Analyzers.OrphanLayerAnalyzer"/>, not from the generator: [Input] or [Dense] on a type
/// that no declaration marks [Network] is warned once per attribute kind, on the first such attribute, and nowhere else.
/// Each test runs the generator and the analyzer as a build does and reads everything NetGen reported.
/// </summary>
public class OrphanLayerAnalyzerTests
{
    private const string Usings = "using NetGen;\n";

    [Theory]
    [InlineData("[Input(2)] public partial class Net { }", "Input(2)", "[Input] on 'Net' has no effect without [Network(loss)] on the same type")]
    [InlineData("[Dense(3)][Dense(1)] public class Net { }", "Dense(3)", "[Dense] on 'Net' has no effect without [Network(loss)] on the same type")]
    [InlineData("[Dense(3, Activation.Tanh)] public struct Point { }", "Dense(3, Activation.Tanh)", "[Dense] on 'Point' has no effect without [Network(loss)] on the same type")]
    [InlineData("[Input(4)] public record Sample(int X);", "Input(4)", "[Input] on 'Sample' has no effect without [Network(loss)] on the same type")]
    [InlineData("[Dense(1)] public record struct Pair(int A, int B);", "Dense(1)", "[Dense] on 'Pair' has no effect without [Network(loss)] on the same type")]
    [InlineData("[NetGen.InputAttribute(2)] class Net { }", "NetGen.InputAttribute(2)", "[Input] on 'Net' has no effect without [Network(loss)] on the same type")]
    [InlineData("public partial class Outer { [Input(2)][Dense(1)] partial class Inner { } }", "Input(2)", "[Input] on 'Inner' has no effect without [Network(loss)] on the same type")]
    public void A_layer_attribute_without_network_is_warned_on_the_attribute(string source, string located, string message)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);
        Diagnostic diagnostic = Assert.Single(result.NetGenDiagnostics, d => Text(result, d) == located);

        Assert.Equal("NG0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith("Fix: add [Network(Loss...)]", diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Input_and_dense_without_network_are_warned_once_each_on_the_first_of_their_kind()
    {
        string[] reported = Describe("[Dense(4, Activation.ReLU)][Input(2)][Dense(1)] public class Net { }");

        Assert.Equal(["NG0013 at Source0.cs: Dense(4, Activation.ReLU)", "NG0013 at Source0.cs: Input(2)"], reported);
    }

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(3, Activation.Tanh)][Dense(1)] public partial class Net { }")]
    [InlineData("[Dense(1)][Input(2)][Network(Loss.Hinge)] public partial class Net { }")]
    [InlineData("[global::NetGen.NetworkAttribute(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }")]
    public void A_network_gets_no_warning(string source)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Single(result.Sources);
    }

    [Fact]
    public void A_network_with_errors_gets_its_errors_and_no_warning()
    {
        string[] reported = Describe("[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial struct Net { }");

        Assert.Equal(["NG0012 at Source0.cs: Net"], reported);
    }

    [Fact]
    public void An_aliased_network_attribute_counts_as_network()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\nusing Model = NetGen.NetworkAttribute;\n[Model(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }");

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Single(result.Sources);
    }

    [Fact]
    public void Layers_on_one_part_and_network_on_another_file_part_are_a_network_not_a_warning()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            Usings + "[Input(2)][Dense(3, Activation.Sigmoid)][Dense(1)] public partial class Net { }",
            false,
            Usings + "[Network(Loss.Hinge)] public partial class Net { }");

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Single(result.Sources);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_partial_type_without_network_is_warned_once_per_kind_on_the_first_part_with_the_attribute()
    {
        string[] reported = Describe(
            "public partial class Net { }",
            Usings + "[Input(2)][Dense(3)] public partial class Net { }",
            Usings + "[Dense(1)] public partial class Net { }");

        Assert.Equal(["NG0013 at Source1.cs: Dense(3)", "NG0013 at Source1.cs: Input(2)"], reported);
    }

    [Theory]
    [InlineData("// <auto-generated/>\n")]
    [InlineData("// <autogenerated>\n")]
    public void Generated_code_is_not_analysed(string header)
    {
        const string Emitted = "[Dense(1)] public partial class Emitted { }";

        // The same type written by hand is warned, so the silence below is the generated-code rule, not a miss.
        Assert.Equal(["NG0013 at Source1.cs: Dense(1)"], Describe("public class Hand { }", Usings + Emitted));
        Assert.Empty(Describe("public class Hand { }", header + Usings + Emitted));
    }

    [Fact]
    public void A_file_named_as_generated_is_not_analysed()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Usings + "public class Hand { }");
        CSharpCompilation withGenerated = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Usings + "[Input(2)] public class Emitted { }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Emitted.g.cs"));
        CSharpCompilation withHandWritten = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Usings + "[Input(2)] public class Emitted { }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Emitted.cs"));

        Assert.Empty(GeneratorHarness.Analyze(withGenerated));
        Assert.Equal("NG0013", Assert.Single(GeneratorHarness.Analyze(withHandWritten)).Id);
    }

    [Theory]
    [InlineData("[Input(2)] public enum Kind { A }")]
    [InlineData("[Dense(1)] public delegate void Callback();")]
    [InlineData("public class Host { [Input(2)] public void Method() { } }")]
    public void Attributes_on_other_targets_are_left_to_the_compiler(string source)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source);

        Assert.Empty(result.NetGenDiagnostics);
        Assert.Contains(result.Input.GetDiagnostics(), d => d.Id == "CS0592");
    }

    [Fact]
    public void The_generator_itself_reports_no_orphan_attribute()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + "[Input(2)][Dense(1)] public class Net { }");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(2, result.AnalyzerDiagnostics.Count(d => d.Id == "NG0013"));
    }

    /// <summary>What NetGen reported over the sources (the first with the usings), as "id at file: located text", sorted.</summary>
    private static string[] Describe(string source, params string[] moreSources)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Usings + source, false, moreSources);
        return result.NetGenDiagnostics
            .Select(d => $"{d.Id} at {d.Location.GetLineSpan().Path}: {Text(result, d)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The source text a diagnostic points at, found by its file: a generator's diagnostics carry a path, not a tree.</summary>
    private static string Text(GeneratorHarness.Result result, Diagnostic diagnostic)
    {
        string path = diagnostic.Location.GetLineSpan().Path;
        SyntaxTree tree = result.Output.SyntaxTrees.Single(t => t.FilePath == path);
        return tree.GetText().ToString(diagnostic.Location.SourceSpan);
    }
}
