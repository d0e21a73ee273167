using Microsoft.CodeAnalysis;
using NetGen.Reliability.Tests.Support;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>
/// The generator bugs the fuzzing found, each pinned by the smallest declaration that showed it. Each test failed before
/// its fix (a crash, a wrong location, or generated code that does not compile or does not join the user's type).
/// </summary>
public class GeneratorRegressionTests
{
    [Fact]
    public void A_network_in_a_namespace_named_with_an_escaped_keyword_is_generated_without_crashing()
    {
        GeneratorRun run = InMemoryGenerator.Run("""
            using NetGen;
            namespace @event.Models
            {
                [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }
            }
            """);

        AssertGeneratedCleanly(run, "event.Models.Net");
    }

    [Fact]
    public void A_network_class_named_with_an_escaped_keyword_is_generated_without_crashing()
    {
        GeneratorRun run = InMemoryGenerator.Run("""
            #pragma warning disable CS8981
            using NetGen;
            namespace Models;
            public partial class @object
            {
                [Network(Loss.SquaredError)][Input(2)][Dense(2)] public partial class @class { }
            }
            """);

        AssertGeneratedCleanly(run, "Models.object+class");
    }

    [Theory]
    [InlineData("[Dense(activation: (Activation)42, units: 3)]", "NG0005", "activation: (Activation)42")]
    [InlineData("[Dense(activation: Activation.Tanh, units: -3)]", "NG0004", "units: -3")]
    [InlineData("[Dense(units: 0, activation: Activation.Tanh)]", "NG0004", "units: 0")]
    [InlineData("[Dense(3, activation: (Activation)(-1))]", "NG0005", "activation: (Activation)(-1)")]
    public void A_diagnostic_about_a_named_argument_points_at_that_argument_in_any_order(string dense, string id, string located)
    {
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\n[Network(Loss.SquaredError)][Input(2)]" + dense + "[Dense(1)] public partial class Net { }");

        Diagnostic diagnostic = Assert.Single(run.NetGenDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(located, run.Input.SyntaxTrees.Single().GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void Networks_whose_names_differ_only_in_case_are_both_generated()
    {
        // Roslyn compares hint names ignoring case: Net.g.cs and NET.g.cs made AddSource throw (CS8785).
        GeneratorRun run = InMemoryGenerator.Run("""
            #pragma warning disable CS8981
            using NetGen;
            namespace Models
            {
                [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }
                [Network(Loss.SquaredError)][Input(3)][Dense(2)] public partial class NET { }
            }
            namespace models
            {
                [Network(Loss.Logistic)][Input(4)][Dense(1)] public partial class net { }
            }
            """);

        AssertGeneratedCleanly(run, "Models.Net", "Models.NET", "models.net");
        Assert.Equal(3, run.Result.GeneratedSources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void A_network_without_a_case_twin_keeps_its_plain_file_name()
    {
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\nnamespace Models { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } public class Other { } }");

        Assert.Equal("Models.Net.g.cs", Assert.Single(run.Result.GeneratedSources).HintName);
    }

    [Fact]
    public void A_network_in_nested_block_namespaces_and_keyword_named_containers_gets_its_full_name_from_syntax()
    {
        // The names are read from the declaration's syntax now, not from the symbol: nesting order and escapes must hold.
        GeneratorRun run = InMemoryGenerator.Run("""
            #pragma warning disable CS8981
            using NetGen;
            namespace A
            {
                namespace @event.Inner
                {
                    public partial class @object
                    {
                        [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { }
                    }
                }
            }
            """);

        AssertGeneratedCleanly(run, "A.event.Inner.object+Net");
        Assert.Equal("A.event.Inner.object.Net.g.cs", Assert.Single(run.Result.GeneratedSources).HintName);
    }

    [Fact]
    public void A_class_that_is_no_network_does_not_make_a_case_twin()
    {
        // Only generated files can collide, so only networks are twins; the parser no longer searches the compilation.
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\nnamespace Models { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } public class NET { } }");

        Assert.Equal("Models.Net.g.cs", Assert.Single(run.Result.GeneratedSources).HintName);
    }

    [Fact]
    public void A_case_twin_added_by_a_later_edit_renames_both_files_and_removing_it_renames_them_back()
    {
        // The twins are decided over all the specs in a step of their own: it must follow edits, not only the first run.
        const string Net = "using NetGen;\nnamespace Models { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } }";
        const string Twin = "using NetGen;\nnamespace Models { [Network(Loss.SquaredError)][Input(3)][Dense(2)] public partial class NET { } }";
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation alone = InMemoryGenerator.Compile([InMemoryGenerator.Parse(Net, "Net.cs")]);
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation both = alone.AddSyntaxTrees(InMemoryGenerator.Parse(Twin, "Twin.cs"));
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new NetGen.Generator.NetGenGenerator().AsSourceGenerator()], parseOptions: InMemoryGenerator.ParseOptions);

        driver = driver.RunGenerators(alone);
        Assert.Equal(["Models.Net.g.cs"], HintNames(driver));

        driver = driver.RunGenerators(both);
        string[] twins = HintNames(driver);
        Assert.Equal(2, twins.Length);
        Assert.All(twins, name => Assert.Matches(@"^Models\.(Net|NET)-[0-9a-f]{8}\.g\.cs$", name));
        Assert.Equal(2, twins.Select(n => n.ToUpperInvariant()).Distinct().Count());

        driver = driver.RunGenerators(alone);
        Assert.Equal(["Models.Net.g.cs"], HintNames(driver));

        static string[] HintNames(GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [InlineData("[Network(Loss.Hinge)][Input(2)][Dense(1)] file partial class Net { }", "Net")]
    [InlineData("file partial class Outer { [Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net { } }", "Net")]
    public void A_file_local_network_is_refused_instead_of_generating_a_different_type(string source, string located)
    {
        // The generated part, in another file, declared a second class of the same name: the user's got no members.
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\n" + source);

        Diagnostic diagnostic = Assert.Single(run.NetGenDiagnostics);
        Assert.Equal("NG0012", diagnostic.Id);
        Assert.Contains("file-local", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(located, run.Input.SyntaxTrees.Single().GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("public void Forward() { }")]
    [InlineData("protected int Parameters => 0;")]
    [InlineData("public const int InputSize = 3;")]
    [InlineData("internal void TrainStep() { }")]
    public void A_member_inherited_from_a_base_class_that_the_generated_one_would_hide_is_NG0010(string baseMember)
    {
        // Before, NetGen generated the class and the compiler warned CS0108 in the generated file.
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\npublic class Base { " + baseMember + " }\n[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net : Base { }");

        Diagnostic diagnostic = Assert.Single(run.NetGenDiagnostics);
        Assert.Equal("NG0010", diagnostic.Id);
        Assert.Equal("Net", run.Input.SyntaxTrees.Single().GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void A_network_derived_from_another_network_is_NG0010_not_a_page_of_CS0108()
    {
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\n[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net1 { }\n[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net2 : Net1 { }");

        Diagnostic diagnostic = Assert.Single(run.NetGenDiagnostics);
        Assert.Equal("NG0010", diagnostic.Id);
        Assert.Equal("Net2", run.Input.SyntaxTrees.Single().GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Private_members_of_a_base_class_do_not_collide()
    {
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\npublic class Base { private void Forward() { } private int Parameters => 0; }\n[Network(Loss.Hinge)][Input(2)][Dense(1)] public partial class Net : Base { }");

        AssertGeneratedCleanly(run, "Net");
    }

    [Fact]
    public void NG0011_for_a_network_too_large_for_a_long_reports_saturated_sizes_not_wrapped_ones()
    {
        // The sizes overflowed: "Network 'Net' has -2147483648 parameters ... about 9223371882235953454 IL instructions".
        GeneratorRun run = InMemoryGenerator.Run("using NetGen;\n[Network(Loss.SquaredError, Unroll = Unrolling.Always)][Input(int.MaxValue)][Dense(int.MaxValue)][Dense(int.MaxValue)][Dense(int.MaxValue)] public partial class Net { }");

        Diagnostic diagnostic = Assert.Single(run.NetGenDiagnostics);
        Assert.Equal("NG0011", diagnostic.Id);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("has 2147483647 parameters", message);
        Assert.Contains("about 9223372036854775807 IL instructions", message);
    }

    internal static void AssertGeneratedCleanly(GeneratorRun run, params string[] networks)
    {
        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "AD0001");
        Assert.DoesNotContain(run.NetGenDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Empty(run.CompilationProblems());
        foreach (string network in networks)
        {
            INamedTypeSymbol type = run.Output.GetTypeByMetadataName(network) ?? throw new Xunit.Sdk.XunitException($"{network} not found");
            Assert.Contains(type.AllInterfaces, i => i.OriginalDefinition.ToDisplayString() == "NetGen.INetwork<T>");
        }
    }
}
