using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Persistence;
using Xunit.Abstractions;

namespace NetGen.Interop.Tests.WeightFiles;

/// <summary>
/// Seeded random damage to valid files (truncations, bit flips, both): every damaged file is either rejected with a
/// <see cref="WeightFileException"/>, leaving the network's previous weights, or loads exactly the original weights.
/// Nothing else (another exception type, or partly changed weights) is acceptable.
/// </summary>
public sealed class DamagedFileFuzzTests(ITestOutputHelper output)
{
    private const int Rounds = 4000;

    [Theory]
    [InlineData(20240601)]
    [InlineData(777)]
    public void Every_damaged_float_file_is_rejected_or_loads_exactly_the_original_weights(int seed)
    {
        var original = new DeepClassifier();
        Parameters.Randomize(original, seed: 1);
        int[] originalBits = Parameters.Bits(original.Parameters);
        var target = new DeepClassifier();
        Parameters.Randomize(target, seed: 2);
        int[] previousBits = Parameters.Bits(target.Parameters);

        Tally tally = Fuzz(WeightFileBytes.Of(original), seed, file =>
        {
            try
            {
                target.Load(new MemoryStream(file));
            }
            catch (WeightFileException error)
            {
                Assert.Equal(previousBits, Parameters.Bits(target.Parameters));
                return error.Reason;
            }

            Assert.Equal(originalBits, Parameters.Bits(target.Parameters));
            Parameters.Randomize(target, seed: 2);
            return null;
        });

        output.WriteLine(tally.ToString());
        Assert.Equal(tally.Unchanged, tally.Loaded);
        Assert.Contains(WeightFileError.Truncated, tally.ByReason.Keys);
        Assert.Contains(WeightFileError.ChecksumMismatch, tally.ByReason.Keys);
    }

    [Fact]
    public void Every_damaged_double_file_is_rejected_or_loads_exactly_the_original_weights()
    {
        var original = new SoftplusNetDouble();
        Parameters.Randomize(original, seed: 1);
        long[] originalBits = Parameters.Bits(original.Parameters);
        var target = new SoftplusNetDouble();
        Parameters.Randomize(target, seed: 2);
        long[] previousBits = Parameters.Bits(target.Parameters);

        Tally tally = Fuzz(WeightFileBytes.Of(original), seed: 4242, file =>
        {
            try
            {
                target.Load(new MemoryStream(file));
            }
            catch (WeightFileException error)
            {
                Assert.Equal(previousBits, Parameters.Bits(target.Parameters));
                return error.Reason;
            }

            Assert.Equal(originalBits, Parameters.Bits(target.Parameters));
            Parameters.Randomize(target, seed: 2);
            return null;
        });

        output.WriteLine(tally.ToString());
        Assert.Equal(tally.Unchanged, tally.Loaded);
    }

    /// <summary>
    /// Damages <paramref name="valid"/> <see cref="Rounds"/> times and hands each result to <paramref name="load"/>, which
    /// returns the rejection reason or null when the file loaded.
    /// </summary>
    private static Tally Fuzz(byte[] valid, int seed, Func<byte[], WeightFileError?> load)
    {
        var random = new Random(seed);
        var tally = new Tally();
        for (int round = 0; round < Rounds; round++)
        {
            byte[] damaged = (byte[])valid.Clone();
            int kind = random.Next(3);
            if (kind is 0 or 2)
            {
                damaged = damaged[..random.Next(valid.Length)];
            }

            if (kind is 1 or 2)
            {
                int flips = 1 + random.Next(4);
                for (int i = 0; i < flips && damaged.Length > 0; i++)
                {
                    int bit = random.Next(8 * damaged.Length);
                    damaged[bit / 8] ^= (byte)(1 << (bit % 8));
                }
            }

            WeightFileError? reason = load(damaged);
            if (reason is { } r)
            {
                tally.Rejected++;
                tally.ByReason[r] = tally.ByReason.GetValueOrDefault(r) + 1;
            }
            else
            {
                tally.Loaded++;
            }

            // Flips that cancel out give back the valid file, the only damaged file that may load.
            if (damaged.AsSpan().SequenceEqual(valid))
            {
                tally.Unchanged++;
            }
        }

        return tally;
    }

    private sealed class Tally
    {
        public int Rejected { get; set; }

        public int Loaded { get; set; }

        public int Unchanged { get; set; }

        public Dictionary<WeightFileError, int> ByReason { get; } = [];

        public override string ToString() =>
            $"{Rounds} damaged files: {Rejected} rejected ({string.Join(", ", ByReason.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}), {Loaded} loaded, {Unchanged} identical to the original";
    }
}
