using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NetGen.Generator.Tests;

/// <summary>ForwardBatch's lane blocks take 128 bytes of samples per value: the planner keeps them within the stack budget.</summary>
public class BatchPlanTests
{
    [Fact]
    public void A_net_whose_lane_buffers_fit_runs_blocks_of_thirty_two_floats()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError, Unroll = Unrolling.Never)][Input(784)][Dense(128, Activation.ReLU)][Dense(10)] public partial class Wide { }");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "NG0014"));
        Assert.Contains("const int lanes = 32;", result.Single);
        Assert.Contains("stackalloc float[InputSize * lanes]", result.Single);
    }

    [Fact]
    public void A_net_whose_lane_buffers_would_pass_the_budget_runs_Forward_row_by_row()
    {
        // 16 doubles x (4096 + 2 (1024 + 256 + 64)) x 8 bytes = 848 KiB of lane buffers, over the 256 KiB budget; one sample's
        // loop buffers (3 x 1344 doubles, 31 KiB) are far inside it, so the net is still accepted.
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)][Input(4096)][Dense(1024, Activation.Tanh)][Dense(256, Activation.SiLU)][Dense(64)] public partial class Huge { }");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "NG0014"));
        string forwardBatch = result.Single[result.Single.IndexOf("public void ForwardBatch", System.StringComparison.Ordinal)..];
        forwardBatch = forwardBatch[..forwardBatch.IndexOf("\n        }\n", System.StringComparison.Ordinal)];
        Assert.DoesNotContain("stackalloc", forwardBatch);
        Assert.Contains("Forward(inputs.Slice(row * InputSize, InputSize), outputs.Slice(row * OutputSize, OutputSize));", forwardBatch);
        Assert.Contains("/// 848 KiB of stack, over NetGen's 256 KiB budget", result.Single);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_very_wide_input_alone_is_accepted_and_compiles()
    {
        // 100,000 inputs: far over the unrolling budget (NG0014 says loops), lane blocks over the stack budget (row by
        // row), 200,003 parameters; the single-sample loop buffers hold 3 units.
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError)][Input(100000)][Dense(2, Activation.Tanh)][Dense(1)] public partial class WideInput { }");
        Assert.Equal(["NG0014"], result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void Parameters_beyond_the_longest_array_are_NG0015()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError)][Input(int.MaxValue)][Dense(1)] public partial class Endless { }");
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("NG0015", diagnostic.Id);
        Assert.Contains("more than 2147483591 parameters (at most 2147483591", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
