using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests;

/// <summary>The incremental pipeline caches what did not change and holds no compilation objects.</summary>
public class PipelineTests
{
    private const string TwoNetworks = """
        using NetGen;
        [Network(Loss.Hinge)][Input(2)][Dense(3, Activation.Sigmoid)][Dense(1)] public partial class A { }
        [Network(Loss.SquaredError)][Input(1)][Dense(4, Activation.Tanh)][Dense(1)] public partial class B { }
        """;

    private static readonly string[] s_trackedSteps =
    [
        NetGenGenerator.Steps.Networks,
        NetGenGenerator.Steps.Specs,
    ];

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(TwoNetworks);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in s_trackedSteps)
        {
            Assert.All(
                run.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_pipeline_has_exactly_the_named_steps_and_no_orphan_attribute_lookup()
    {
        // A type with layer attributes but no [Network] is in the compilation: NG0013 is the analyzer's, so no step of
        // the generator looks for it (two more attribute lookups on every edit cost 0.25-0.3 of a minimal generator).
        CSharpCompilation compilation = GeneratorHarness.Compile(TwoNetworks + "\n[Input(2)][Dense(1)] public class Orphan { }");
        GeneratorRunResult run = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation).GetRunResult().Results.Single();

        string[] declared = typeof(NetGenGenerator.Steps).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["CaseTwins", "Diagnostics", "Files", "Networks", "Specs"], declared);
        // Roslyn's own step inside ForAttributeWithMetadataName: one entry per call of it in the pipeline.
        int lookups = run.TrackedSteps["compilationAndGroupedNodes_ForAttributeWithMetadataName"].Length;
        Assert.True(lookups == 1, $"{lookups} attribute lookups in the pipeline; only [Network] should be looked up");
        Assert.Contains(NetGenGenerator.Steps.Networks, run.TrackedSteps.Keys);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Changing_one_layer_regenerates_that_network_only()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(TwoNetworks);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);

        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SyntaxTree changed = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(TwoNetworks.Replace("[Dense(4, Activation.Tanh)]", "[Dense(5, Activation.Tanh)]")));
        GeneratorRunResult run = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, changed)).GetRunResult().Results.Single();

        var reasons = run.TrackedSteps[NetGenGenerator.Steps.Specs]
            .SelectMany(s => s.Outputs)
            .Select(o => (Name: ((Model.NetworkSpec)o.Value).TypeName, o.Reason))
            .ToList();
        Assert.Contains(reasons, r => r.Name == "A" && r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(("B", IncrementalStepRunReason.Modified), reasons);
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_or_compilations()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(TwoNetworks + "\n[Network(Loss.Hinge)][Input(0)][Dense(1)] public partial class Bad { }");
        GeneratorRunResult run = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation).GetRunResult().Results.Single();

        int inspected = 0;
        foreach (string step in s_trackedSteps.Append(NetGenGenerator.Steps.Diagnostics))
        {
            foreach (IncrementalGeneratorRunStep runStep in run.TrackedSteps[step])
            {
                foreach ((object value, _) in runStep.Outputs)
                {
                    AssertPlainData(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    inspected++;
                }
            }
        }

        Assert.True(inspected >= 3, "the walk saw too few outputs to prove anything");
    }

    [Fact]
    public void Model_enums_mirror_the_runtime_enums()
    {
        AssertMirrors<Activation, Model.ActivationKind>();
        AssertMirrors<Loss, Model.LossKind>();
        AssertMirrors<Precision, Model.PrecisionKind>();
    }

    private static void AssertMirrors<TRuntime, TModel>()
        where TRuntime : struct, Enum
        where TModel : struct, Enum
    {
        var runtime = Enum.GetValues<TRuntime>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        var model = Enum.GetValues<TModel>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(runtime, model);
    }

    private static void AssertPlainData(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Compilation or Location,
            $"step {step} holds a {value.GetType().Name}, which pins the compilation and defeats caching");

        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence)
            {
                AssertPlainData(item, step, seen);
            }
        }

        for (Type? type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertPlainData(field.GetValue(value), step, seen);
            }
        }
    }
}
