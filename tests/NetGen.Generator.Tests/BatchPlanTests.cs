using System.Linq;
using Xunit;

namespace NetGen.Generator.Tests;

/// <summary>ForwardBatch's lane blocks take 64 bytes of samples per value: the planner keeps them within the stack budget.</summary>
public class BatchPlanTests
{
    [Fact]
    public void A_net_whose_lane_buffers_fit_runs_blocks_of_sixteen_floats()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError, Unroll = Unrolling.Never)][Input(784)][Dense(128, Activation.ReLU)][Dense(10)] public partial class Wide { }");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "NG0014"));
        Assert.Contains("const int lanes = 16;", result.Single);
        Assert.Contains("stackalloc float[InputSize * lanes]", result.Single);
    }

    [Fact]
    public void A_net_whose_lane_buffers_would_pass_the_budget_runs_Forward_row_by_row()
    {
        // 8 doubles x (4096 + 2 (1024 + 256 + 64)) x 8 bytes = 424 KiB of lane buffers, over the 256 KiB budget; one sample's
        // loop buffers (3 x 1344 doubles, 31 KiB) are far inside it, so the net is still accepted.
        GeneratorHarness.Result result = GeneratorHarness.Run(
            "using NetGen;\n[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)][Input(4096)][Dense(1024, Activation.Tanh)][Dense(256, Activation.SiLU)][Dense(64)] public partial class Huge { }");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "NG0014"));
        string forwardBatch = result.Single[result.Single.IndexOf("public void ForwardBatch", System.StringComparison.Ordinal)..];
        forwardBatch = forwardBatch[..forwardBatch.IndexOf("\n        }\n", System.StringComparison.Ordinal)];
        Assert.DoesNotContain("stackalloc", forwardBatch);
        Assert.Contains("Forward(inputs.Slice(row * InputSize, InputSize), outputs.Slice(row * OutputSize, OutputSize));", forwardBatch);
        Assert.Contains("/// 424 KiB of stack, over NetGen's 256 KiB budget", result.Single);
        Assert.Empty(result.CompilationDiagnostics);
    }
}
