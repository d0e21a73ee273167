using NetGen.Benchmarks.Cases;
using NetGen.Benchmarks.Validation;

namespace NetGen.Benchmarks.Tests;

/// <summary>A benchmark of wrong code is worthless: the three implementations must agree before their times mean anything.</summary>
public class CrossCheckTests
{
    public static TheoryData<string> Nets() => [.. NetCatalog.All.Select(net => net.Name)];

    [Theory]
    [MemberData(nameof(Nets))]
    public void NetGen_hand_written_and_ONNX_Runtime_agree_within_1e_4(string name)
    {
        NetCase net = NetCatalog.All.Single(candidate => candidate.Name == name);

        IReadOnlyList<CheckResult> results = [.. CrossCheck.Run(net)];

        Assert.All(results, result => Assert.True(result.Passed, result.ToString()));
        Assert.Contains(results, result => result.Check.StartsWith("forward: ONNX Runtime batch 1", StringComparison.Ordinal));
        Assert.Contains(results, result => result.Check.StartsWith("forward: ONNX Runtime batch 256", StringComparison.Ordinal));
        if (net.CreateNetGen is not null)
        {
            Assert.Contains(results, result => result.Check == "forward: NetGen vs hand-written");
            Assert.Contains(results, result => result.Check == "train: parameters after 256 steps");
        }
    }

    [Fact]
    public void Every_net_the_generator_accepts_today_is_cross_checked_against_NetGen()
    {
        Assert.NotNull(NetCatalog.Sigmoid2x3x1.CreateNetGen);
        Assert.NotNull(NetCatalog.Tanh2x16x1.CreateNetGen);
        Assert.NotNull(NetCatalog.Tanh4x16x3.CreateNetGen);
    }

    [Theory]
    [MemberData(nameof(Nets))]
    public void The_catalog_states_the_architecture_the_generator_compiled(string name)
    {
        NetCase net = NetCatalog.All.Single(candidate => candidate.Name == name);
        if (net.CreateNetGen is null)
        {
            return; // not generated in this build (NG0011); the large-nets build checks it
        }

        Assert.Equal(net.Topology, net.CreateNetGen().Topology);
    }

    [Fact]
    public void A_difference_above_the_tolerance_fails_the_check()
    {
        Assert.False(new CheckResult("net", "forward", 2e-4, CrossCheck.Tolerance).Passed);
        Assert.True(new CheckResult("net", "forward", 1e-5, CrossCheck.Tolerance).Passed);
        Assert.False(new CheckResult("net", "moved", 0, 1e-4, IsLowerBound: true).Passed);
    }
}
