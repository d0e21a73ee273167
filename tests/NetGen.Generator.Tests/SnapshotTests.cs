using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Reporters.TestFrameworks;
using ApprovalTests.Writers;
using Microsoft.CodeAnalysis;

[assembly: UseReporter(typeof(FrameworkAssertReporter))]

namespace NetGen.Generator.Tests;

/// <summary>
/// The generated source of representative networks, compared with the approved files in _snapshots/. A change here
/// is a change to the product: review the .received.cs diff, then copy it over the .approved.cs.
/// </summary>
[UseApprovalSubdirectory("_snapshots")]
public class SnapshotTests
{
    public static readonly Dictionary<string, string> Sources = new()
    {
        ["XorSigmoidHinge"] = """
            using NetGen;

            namespace Demo
            {
                [Network(Loss.Hinge)]
                [Input(2)]
                [Dense(3, Activation.Sigmoid)]
                [Dense(1)]
                public partial class XorNet { }
            }
            """,
        ["LogisticInGlobalNamespace"] = """
            using NetGen;

            [Network(Loss.Logistic)]
            [Input(2)]
            [Dense(2, Activation.Tanh)]
            [Dense(1)]
            public partial class Spam { }
            """,
        ["SineTanhRegression"] = """
            using NetGen;

            namespace Demo;

            [Network(Loss.SquaredError)]
            [Input(1)]
            [Dense(16, Activation.Tanh)]
            [Dense(1)]
            public partial class SineNet { }
            """,
        ["IrisTanhSoftmax"] = """
            using NetGen;

            namespace Demo.Iris;

            [Network(Loss.SoftmaxCrossEntropy)]
            [Input(4)]
            [Dense(8, Activation.Tanh)]
            [Dense(3)]
            public partial class IrisNet { }
            """,
        ["DoublePrecisionNested"] = """
            using NetGen;

            namespace Demo;

            public partial class Models
            {
                [Network(Loss.SquaredError, Precision = Precision.Double)]
                [Input(3)]
                [Dense(2, Activation.Softplus)]
                [Dense(2, Activation.Sigmoid)]
                public partial class Controller { }
            }
            """,
        ["ThreeHiddenReluLayers"] = """
            using NetGen;

            namespace Demo;

            [Network(Loss.SquaredError)]
            [Input(3)]
            [Dense(4, Activation.ReLU)]
            [Dense(4, Activation.ReLU)]
            [Dense(3, Activation.ReLU)]
            [Dense(1)]
            public partial class DeepNet { }
            """,
        ["Mnist784Loops"] = """
            using NetGen;

            namespace Demo;

            [Network(Loss.SoftmaxCrossEntropy, Unroll = Unrolling.Never)]
            [Input(784)]
            [Dense(128, Activation.ReLU)]
            [Dense(10)]
            public partial class MnistNet { }
            """,
    };

    public static IEnumerable<object[]> Cases => Sources.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_matches_the_approved_snapshot(string name)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Sources[name]);

        Assert.Empty(result.GeneratorDiagnostics);
        using (ApprovalResults.ForScenario(name))
        {
            Approvals.Verify(new ApprovalTextWriter(result.Single, "cs"));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_compiles_without_warnings_on_net10(string name)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Sources[name]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_compiles_without_warnings_for_CSharp12_on_net8(string name)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(Sources[name], net8: true);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Equal(LanguageVersion12, ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)result.Output.SyntaxTrees.Last().Options).LanguageVersion);
    }

    private const Microsoft.CodeAnalysis.CSharp.LanguageVersion LanguageVersion12 = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12;
}
