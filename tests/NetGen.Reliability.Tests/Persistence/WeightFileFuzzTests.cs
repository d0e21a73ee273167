using System.Numerics;
using System.Runtime.InteropServices;
using CsCheck;
using NetGen.Persistence;
using NetGen.Reliability.Tests.Networks;
using NetGen.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NetGen.Reliability.Tests.Persistence;

public enum Damage
{
    Truncate,
    FlipBits,
    TruncateAndFlip,
    AppendBytes,
    AnotherNetworksFile,
}

/// <summary>What happens to a valid weight file before it is loaded, as fractions of its length so it fits any file.</summary>
public sealed record FileDamage(Damage Kind, double Cut, (double At, int Bit)[] Flips, byte[] Appended, int Other, bool ViaPath)
{
    // Uniform in [0, 1): CsCheck's Gen.Double[0, 1] favours 0 and 1, which would cut or flip the signature half the time.
    private static readonly Gen<double> s_fraction = Gen.Int[0, 999_999].Select(n => n / 1e6);

    public static readonly Gen<FileDamage> Generator =
        from kind in Gen.Enum<Damage>()
        from cut in s_fraction
        from flips in Gen.Select(s_fraction, Gen.Int[0, 7]).Array[1, 4]
        from appended in Gen.Byte.Array[1, 16]
        from other in Gen.Int[0, RandomNetworks.Count - 1]
        from viaPath in Gen.Int[0, 4].Select(n => n == 0)
        select new FileDamage(kind, cut, flips, appended, other, viaPath);

    public byte[] Apply(byte[] file, byte[] othersFile)
    {
        byte[] damaged = Kind switch
        {
            Damage.AnotherNetworksFile => othersFile,
            Damage.AppendBytes => [.. file, .. Appended],
            Damage.Truncate or Damage.TruncateAndFlip => file[..(int)(Cut * file.Length)],
            _ => (byte[])file.Clone(),
        };

        if (Kind is Damage.FlipBits or Damage.TruncateAndFlip && damaged.Length > 0)
        {
            damaged = (byte[])damaged.Clone();
            foreach ((double at, int bit) in Flips)
            {
                damaged[(int)(at * damaged.Length)] ^= (byte)(1 << bit);
            }
        }

        return damaged;
    }
}

/// <summary>
/// Damaged weight files of random networks (truncations, bit flips, both, bytes appended, another network's file),
/// through Load(stream) and Load(path): every one is rejected with a <see cref="WeightFileException"/>, leaving the
/// network's weights exactly as they were, or loads exactly the original weights; never partly loaded, never another
/// exception. Extends tests/NetGen.Interop.Tests' DamagedFileFuzzTests, which does this on a few fixed networks, to the
/// random topologies of both precisions and code forms.
/// </summary>
[Collection(RandomNetworksCollection.Name)]
public sealed class WeightFileFuzzTests(RandomNetworks networks, ITestOutputHelper output) : IDisposable
{
    private const int Cases = 3000;
    private readonly string _folder = Directory.CreateTempSubdirectory("netgen-weights-").FullName;

    [Fact]
    public void Every_damaged_weight_file_is_rejected_untouched_or_loads_exactly_the_original_weights()
    {
        var outcomes = new Dictionary<string, int>();
        Gen<(CompiledNetwork Network, FileDamage Damage)> cases = Gen.Select(Gen.Int[0, networks.All.Count - 1].Select(i => networks.All[i]), FileDamage.Generator);
        int index = 0;
        Property.ForAll(
            cases,
            Cases,
            Seeds.Resolve(577_215),
            c =>
            {
                string outcome = c.Network.Topology.Precision == Precision.Single
                    ? Check<float>(c.Network, c.Damage, index++)
                    : Check<double>(c.Network, c.Damage, index++);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            },
            c => $"{c.Network}{Environment.NewLine}{c.Damage.Kind}, cut at {c.Damage.Cut:F4}, flips [{string.Join(", ", c.Damage.Flips)}], {c.Damage.Appended.Length} bytes appended, other network {c.Damage.Other}, via {(c.Damage.ViaPath ? "path" : "stream")}");

        output.WriteLine(string.Join(Environment.NewLine, outcomes.OrderBy(p => p.Key).Select(p => $"{p.Value,5} {p.Key}")));
        foreach (WeightFileError reason in new[] { WeightFileError.Truncated, WeightFileError.ChecksumMismatch, WeightFileError.TopologyMismatch, WeightFileError.ElementTypeMismatch, WeightFileError.Malformed })
        {
            Assert.Contains(outcomes.Keys, k => k.StartsWith("rejected: " + reason, StringComparison.Ordinal));
        }

        Assert.Contains("loaded", outcomes.Keys);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Check<T>(CompiledNetwork network, FileDamage damage, int index)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> original = network.Create<T>();
        Randomize(original, seed: index);
        byte[] file = Save(original);

        INetwork<T> target = network.Create<T>();
        Randomize(target, seed: ~index);
        byte[] previous = Bits(target);

        CompiledNetwork other = networks.All[damage.Other];
        byte[] othersFile = other.Topology.Precision == Precision.Single ? SaveRandom<float>(other, index) : SaveRandom<double>(other, index);
        byte[] damaged = damage.Apply(file, othersFile);

        try
        {
            Load(target, damaged, damage.ViaPath, index);
        }
        catch (WeightFileException error)
        {
            Assert.True(previous.AsSpan().SequenceEqual(Bits(target)), $"rejected ({error.Reason}) but the weights changed");
            return "rejected: " + error.Reason;
        }

        // Loaded: the weights must be exactly those of the file, which must be the original one (or, from a stream,
        // the original followed by bytes that are not part of it), or another network of the very same topology.
        bool sameTopology = other.Topology with { Id = network.Topology.Id } == network.Topology && SameLayers(other.Topology, network.Topology);
        byte[] expected = damage.Kind == Damage.AnotherNetworksFile && sameTopology ? Bits(other, index) : Bits(original);
        Assert.True(expected.AsSpan().SequenceEqual(Bits(target)), "loaded, but the weights are not those that were saved");
        bool intact = damaged.AsSpan().StartsWith(file) && (!damage.ViaPath || damaged.Length == file.Length);
        Assert.True(intact || (damage.Kind == Damage.AnotherNetworksFile && sameTopology), $"a damaged file ({damage.Kind}) was loaded");
        return "loaded";
    }

    private void Load<T>(INetwork<T> network, byte[] file, bool viaPath, int index)
        where T : unmanaged
    {
        if (!viaPath)
        {
            network.Load(new MemoryStream(file));
            return;
        }

        string path = Path.Combine(_folder, $"case{index}{WeightFile.Extension}");
        File.WriteAllBytes(path, file);
        try
        {
            network.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool SameLayers(Topology a, Topology b) => a.Layers.SequenceEqual(b.Layers);

    private static byte[] SaveRandom<T>(CompiledNetwork network, int seed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        Randomize(net, seed ^ 0x5EED);
        return Save(net);
    }

    private static byte[] Bits(CompiledNetwork network, int seed) => network.Topology.Precision == Precision.Single
        ? Bits(Randomized<float>(network, seed ^ 0x5EED))
        : Bits(Randomized<double>(network, seed ^ 0x5EED));

    private static INetwork<T> Randomized<T>(CompiledNetwork network, int seed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        INetwork<T> net = network.Create<T>();
        Randomize(net, seed);
        return net;
    }

    private static byte[] Save<T>(INetwork<T> network)
        where T : unmanaged
    {
        using var stream = new MemoryStream();
        network.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Uniform values, biases included, so no parameter is a telltale 0.</summary>
    private static void Randomize<T>(INetwork<T> network, int seed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        Span<T> parameters = network.Parameters;
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = T.CreateTruncating((2 * random.NextDouble()) - 1);
        }
    }

    private static byte[] Bits<T>(INetwork<T> network)
        where T : unmanaged => MemoryMarshal.AsBytes(network.Parameters).ToArray();
}
