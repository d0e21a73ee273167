using System.Numerics;
using CsCheck;
using NetGen.Reliability.Tests.Networks;
using NetGen.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NetGen.Reliability.Tests.Runtime;

/// <summary>
/// Bad arguments on random networks: each gets the documented exception, of exactly the documented type and naming the
/// documented argument, and leaves the parameters bit for bit as they were (docs/reliability.md).
/// </summary>
[Collection(RandomNetworksCollection.Name)]
public sealed class HostileInputTests(RandomNetworks networks, ITestOutputHelper output)
{
    private const int Cases = 2500;

    [Fact]
    public void Every_bad_argument_gets_its_documented_exception_and_leaves_the_parameters_unchanged()
    {
        var seen = new Dictionary<string, int>();
        Gen<(CompiledNetwork Network, HostileCall Call)> cases =
            from index in Gen.Int[0, networks.All.Count - 1]
            from call in HostileCall.For(networks.All[index].Topology)
            select (networks.All[index], call);

        Property.ForAll(
            cases,
            Cases,
            Seeds.Resolve(161_803),
            c =>
            {
                if (c.Network.Topology.Precision == Precision.Single)
                {
                    Check<float>(c.Network, c.Call);
                }
                else
                {
                    Check<double>(c.Network, c.Call);
                }

                seen[c.Call.Fault] = seen.GetValueOrDefault(c.Call.Fault) + 1;
            },
            c => $"{c.Network}{Environment.NewLine}{c.Call}");

        output.WriteLine(string.Join(Environment.NewLine, seen.OrderBy(p => p.Key).Select(p => $"{p.Value,5} {p.Key}")));
        Assert.Equal(11, seen.Count); // every kind of fault was tried
    }

    [Fact]
    public void Several_bad_arguments_at_once_still_get_an_argument_exception_before_anything_changes()
    {
        Gen<(CompiledNetwork Network, HostileCall First, HostileCall Second)> cases =
            from index in Gen.Int[0, networks.All.Count - 1]
            from first in HostileCall.For(networks.All[index].Topology).Where(c => c.Expected is not null && c.Call == Call.TrainStep)
            from second in HostileCall.For(networks.All[index].Topology).Where(c => c.Expected is not null && c.Call == Call.TrainStep)
            select (networks.All[index], first, second);

        Property.ForAll(
            cases,
            500,
            Seeds.Resolve(141_421),
            c =>
            {
                HostileCall both = c.First.Plus(c.Second);
                if (c.Network.Topology.Precision == Precision.Single)
                {
                    Check<float>(c.Network, both);
                }
                else
                {
                    Check<double>(c.Network, both);
                }
            },
            c => $"{c.Network}{Environment.NewLine}{c.First}{Environment.NewLine}{c.Second}");
    }

    [Fact]
    public void TrainStep_on_diverged_weights_throws_ArithmeticException_and_writes_nothing()
    {
        int diverged = 0;
        Gen<(CompiledNetwork Network, int Seed)> cases = Gen.Select(Gen.Int[0, networks.All.Count - 1].Select(i => networks.All[i]), Gen.Int);
        Property.ForAll(
            cases,
            300,
            Seeds.Resolve(173_205),
            c => diverged += c.Network.Topology.Precision == Precision.Single
                ? CheckDiverged<float>(c.Network, c.Seed, huge: 1e30)
                : CheckDiverged<double>(c.Network, c.Seed, huge: 1e300),
            c => c.Network.ToString());

        // Bounded outputs (sigmoid, tanh) can keep the loss finite however large the weights; most cases must diverge.
        Assert.True(diverged >= 150, $"only {diverged} of 300 cases had a non-finite loss");
    }

    private static void Check<T>(CompiledNetwork network, HostileCall call)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        net.InitializeParameters(network.Topology.Id);
        T[] before = net.Parameters.ToArray();

        if (call.Expected is null)
        {
            call.Invoke(net);
        }
        else
        {
            Exception error = Assert.ThrowsAny<Exception>(() => call.Invoke(net));
            if (call.ParamName is null)
            {
                Assert.IsAssignableFrom(call.Expected, error); // several faults: whichever check comes first
            }
            else
            {
                Assert.IsType(call.Expected, error); // exactly: ArgumentOutOfRangeException is an ArgumentException too
                Assert.Equal(call.ParamName, ((ArgumentException)error).ParamName);
            }
        }

        AssertBitwiseEqual(before, net.Parameters);
    }

    private static int CheckDiverged<T>(CompiledNetwork network, int seed, double huge)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        var random = new Random(seed);
        Span<T> parameters = net.Parameters;
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = T.CreateTruncating(random.Next(2) == 0 ? huge : -huge);
        }

        Sample sample = Sample.Draw(network.Topology, random);
        T[] input = Sample.Convert<T>(sample.Input);
        T[] target = Sample.Convert<T>(sample.Target);
        if (T.IsFinite(net.ComputeLoss(input, target)))
        {
            return 0;
        }

        T[] before = net.Parameters.ToArray();
        ArithmeticException error = Assert.Throws<ArithmeticException>(() => net.TrainStep(input, target, T.CreateTruncating(0.01)));
        Assert.Contains("unchanged", error.Message);
        AssertBitwiseEqual(before, net.Parameters);
        return 1;
    }

    internal static void AssertBitwiseEqual<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual)
        where T : unmanaged
    {
        // Bytes, not values: NaN payloads and -0 against +0 count as changes.
        Assert.True(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(expected).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(actual)),
            "the parameters changed although the call was rejected");
    }
}
