using System.Numerics;
using System.Runtime.InteropServices;
using NetGen.Reliability.Tests.Networks;
using NetGen.Reliability.Tests.Support;

namespace NetGen.Reliability.Tests.Runtime;

/// <summary>
/// The read-only methods are safe to call concurrently on one instance (docs/reliability.md): two threads calling
/// them a million times each on a shared network get, bit for bit, the results of sequential calls.
/// </summary>
[Collection(RandomNetworksCollection.Name)]
public sealed class ConcurrencyTests(RandomNetworks networks)
{
    private const int CallsPerThread = 1_000_000;
    private const int Inputs = 61; // prime, so the two threads' strides meet every input in every phase

    public static TheoryData<bool> CodeForms => new() { false, true };

    [Theory]
    [MemberData(nameof(CodeForms))]
    public void Two_threads_calling_Forward_a_million_times_each_on_one_instance_get_the_sequential_results(bool loops)
    {
        CompiledNetwork network = Pick(loops);
        if (network.Topology.Precision == Precision.Single)
        {
            RunForward<float>(network);
        }
        else
        {
            RunForward<double>(network);
        }
    }

    [Theory]
    [MemberData(nameof(CodeForms))]
    public void Two_threads_accumulating_gradients_on_one_instance_get_the_sequential_results(bool loops)
    {
        CompiledNetwork network = Pick(loops);
        if (network.Topology.Precision == Precision.Single)
        {
            RunGradients<float>(network);
        }
        else
        {
            RunGradients<double>(network);
        }
    }

    /// <summary>
    /// A network of the given code form with at least two hidden layers and about 100 parameters: enough work per call
    /// for the threads to interleave inside it, little enough for a million calls to take about a second.
    /// </summary>
    private CompiledNetwork Pick(bool loops) =>
        networks.All.Where(n => n.UsesLoops == loops && n.Topology.Layers.Count >= 3).MinBy(n => Math.Abs(n.Topology.ParameterCount - 100))!;

    private void RunForward<T>(CompiledNetwork network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        (T[][] inputs, T[] _) = Setup(network, net);
        T[][] expected = inputs.Select(x =>
        {
            var y = new T[net.OutputSize];
            net.Forward(x, y);
            return y;
        }).ToArray();

        int[] mismatches = RunOnTwoThreads(thread =>
        {
            var y = new T[net.OutputSize];
            int wrong = 0;
            for (int i = 0; i < CallsPerThread; i++)
            {
                int k = ((i * (thread == 0 ? 7 : 13)) + thread) % Inputs;
                net.Forward(inputs[k], y);
                wrong += MemoryMarshal.AsBytes(y.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(expected[k].AsSpan())) ? 0 : 1;
            }

            return wrong;
        });

        Assert.True(mismatches.Sum() == 0, $"{networks.Describe(network)}: {mismatches[0]} and {mismatches[1]} of {CallsPerThread} concurrent Forward calls differed from the sequential result");
    }

    private void RunGradients<T>(CompiledNetwork network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        const int calls = CallsPerThread / 20;
        INetwork<T> net = network.Create<T>();
        (T[][] inputs, T[] target) = Setup(network, net);
        T[][] expected = inputs.Select(x =>
        {
            var g = new T[net.ParameterCount];
            net.AccumulateGradient(x, target, g);
            return g;
        }).ToArray();
        T[] parameters = net.Parameters.ToArray();

        int[] mismatches = RunOnTwoThreads(thread =>
        {
            var g = new T[net.ParameterCount];
            int wrong = 0;
            for (int i = 0; i < calls; i++)
            {
                int k = ((i * (thread == 0 ? 7 : 13)) + thread) % Inputs;
                g.AsSpan().Clear();
                net.AccumulateGradient(inputs[k], target, g);
                wrong += MemoryMarshal.AsBytes(g.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(expected[k].AsSpan())) ? 0 : 1;
            }

            return wrong;
        });

        Assert.True(mismatches.Sum() == 0, $"{networks.Describe(network)}: {mismatches[0]} and {mismatches[1]} of {calls} concurrent AccumulateGradient calls differed from the sequential result");
        HostileInputTests.AssertBitwiseEqual<T>(parameters, net.Parameters);
    }

    private (T[][] Inputs, T[] Target) Setup<T>(CompiledNetwork network, INetwork<T> net)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(Seeds.Derive(networks.Seed, network.Topology.Id));
        Sample sample = Sample.Draw(network.Topology, random);
        Sample.Convert<T>(sample.Parameters).CopyTo(net.Parameters);
        T[][] inputs = Enumerable.Range(0, Inputs)
            .Select(_ => Sample.Convert<T>(Sample.Draw(network.Topology, random).Input))
            .ToArray();
        return (inputs, Sample.Convert<T>(sample.Target));
    }

    /// <summary>Runs <paramref name="work"/> on two threads released together, and returns what each returned.</summary>
    private static int[] RunOnTwoThreads(Func<int, int> work)
    {
        var results = new int[2];
        using var start = new Barrier(2);
        Thread[] threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            results[t] = work(t);
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        return results;
    }
}
