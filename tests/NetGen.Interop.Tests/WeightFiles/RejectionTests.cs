using System.Text;
using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Persistence;

namespace NetGen.Interop.Tests.WeightFiles;

/// <summary>Every bad input gives a <see cref="WeightFileException"/> with its reason, and the network keeps its weights.</summary>
public sealed class RejectionTests
{
    private readonly SigmoidNet _target = new();
    private readonly float[] _before;

    public RejectionTests()
    {
        Parameters.Randomize(_target, seed: 99);
        _before = _target.Parameters.ToArray();
    }

    private static byte[] ValidFile()
    {
        var source = new SigmoidNet();
        Parameters.Randomize(source, seed: 1);
        return WeightFileBytes.Of(source);
    }

    private WeightFileException Rejects(byte[] file, WeightFileError reason)
    {
        WeightFileException error = WeightFileBytes.LoadFails(_target, file);
        Assert.Equal(reason, error.Reason);
        Parameters.AssertBitwiseEqual(_before, _target.Parameters);
        return error;
    }

    [Fact]
    public void An_empty_file_is_not_a_weight_file()
    {
        WeightFileException error = Rejects([], WeightFileError.NotAWeightFile);

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_not_a_weight_file()
    {
        byte[] noise = new byte[300];
        new Random(7).NextBytes(noise);
        noise[0] = 0x42;

        WeightFileException error = Rejects(noise, WeightFileError.NotAWeightFile);

        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_is_not_a_weight_file()
    {
        Rejects(Encoding.UTF8.GetBytes("w1,w2,w3\n0.5,0.25,0.125\n"), WeightFileError.NotAWeightFile);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(60)]
    [InlineData(100)]
    public void A_file_cut_short_is_reported_as_truncated(int keptBytes)
    {
        byte[] file = ValidFile();

        WeightFileException error = Rejects(file[..keptBytes], WeightFileError.Truncated);

        Assert.Contains(keptBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_missing_only_its_last_byte_is_reported_as_truncated()
    {
        byte[] file = ValidFile();

        Rejects(file[..^1], WeightFileError.Truncated);
    }

    [Fact]
    public void One_flipped_bit_in_a_weight_is_caught_by_the_checksum()
    {
        byte[] file = ValidFile();
        int bitInFirstWeight = 8 * (24 + 12 + 12 + 16 + 12 + 4) + 5;

        WeightFileException error = Rejects(WeightFileBytes.WithBitFlipped(file, bitInFirstWeight), WeightFileError.ChecksumMismatch);

        Assert.Contains("CRC-32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_flipped_bit_in_the_stored_checksum_is_caught()
    {
        byte[] file = ValidFile();

        Rejects(WeightFileBytes.WithBitFlipped(file, (8 * file.Length) - 1), WeightFileError.ChecksumMismatch);
    }

    [Fact]
    public void One_flipped_bit_in_the_topology_is_caught_by_the_checksum_rather_than_reported_as_another_network()
    {
        byte[] file = ValidFile();
        int bitInHiddenUnits = 8 * (24 + 12 + 12);

        Rejects(WeightFileBytes.WithBitFlipped(file, bitInHiddenUnits), WeightFileError.ChecksumMismatch);
    }

    [Fact]
    public void A_file_from_a_newer_format_version_is_refused_with_the_version_it_has()
    {
        WeightFileException error = Rejects(WeightFileBytes.WithVersion(ValidFile(), 2), WeightFileError.UnsupportedVersion);

        Assert.Contains("format version 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer NetGen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_critical_section_is_refused_because_skipping_it_could_change_the_meaning()
    {
        byte[] file = WeightFileBytes.WithExtraSection(ValidFile(), "QUNT", [0, 1, 2, 3]);

        WeightFileException error = Rejects(file, WeightFileError.UnsupportedVersion);

        Assert.Contains("'QUNT'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_float_file_loaded_into_a_double_network_names_both_element_types()
    {
        var source = new SigmoidNet();
        Parameters.Randomize(source, seed: 1);
        var target = new SigmoidNetDouble();
        Parameters.Randomize(target, seed: 2);
        double[] before = target.Parameters.ToArray();

        WeightFileException error = WeightFileBytes.LoadFails(target, WeightFileBytes.Of(source));

        Assert.Equal(WeightFileError.ElementTypeMismatch, error.Reason);
        Assert.Contains("holds float32 (float) parameters", error.Message, StringComparison.Ordinal);
        Assert.Contains("SigmoidNetDouble uses float64 (double)", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }

    [Fact]
    public void A_double_file_loaded_into_a_float_network_is_refused()
    {
        var source = new SigmoidNetDouble();
        Parameters.Randomize(source, seed: 1);

        WeightFileException error = Rejects(WeightFileBytes.Of(source), WeightFileError.ElementTypeMismatch);

        Assert.Contains("Precision = Precision.Double", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_more_hidden_units_is_a_topology_mismatch_that_names_the_layer()
    {
        WeightFileException error = Rejects(FileOf(new WiderSigmoidNet()), WeightFileError.TopologyMismatch);

        Assert.Contains("layer 1: expected 6 Sigmoid, found 7 Sigmoid", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("layer 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_another_activation_is_a_topology_mismatch_that_names_both_activations()
    {
        WeightFileException error = Rejects(FileOf(new TanhHiddenSigmoidNet()), WeightFileError.TopologyMismatch);

        Assert.Contains("layer 1: expected 6 Sigmoid, found 6 Tanh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_another_input_size_is_a_topology_mismatch()
    {
        WeightFileException error = Rejects(FileOf(new FiveInputSigmoidNet()), WeightFileError.TopologyMismatch);

        Assert.Contains("input size: expected 4, found 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("found (the file): 5 -> 6 Sigmoid -> 3 Sigmoid, SquaredError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_an_extra_layer_is_a_topology_mismatch()
    {
        WeightFileException error = Rejects(FileOf(new ThreeLayerSigmoidNet()), WeightFileError.TopologyMismatch);

        Assert.Contains("layer 3: expected no layer, found 3 Sigmoid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_the_same_shape_but_another_loss_is_a_topology_mismatch()
    {
        var target = new ScoreRegressor();
        Parameters.Randomize(target, seed: 2);
        float[] before = target.Parameters.ToArray();

        WeightFileException error = WeightFileBytes.LoadFails(target, FileOf(new ScoreClassifier()));

        Assert.Equal(WeightFileError.TopologyMismatch, error.Reason);
        Assert.Contains("loss: expected SquaredError, found SoftmaxCrossEntropy", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }

    [Fact]
    public void A_weight_file_with_bytes_appended_is_refused_when_loaded_from_a_path()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("net.ngw");
        File.WriteAllBytes(path, [.. ValidFile(), 0x00]);

        WeightFileException error = Assert.Throws<WeightFileException>(() => _target.Load(path));

        Assert.Equal(WeightFileError.Malformed, error.Reason);
        Assert.Contains("1 bytes after the end", error.Message, StringComparison.Ordinal);
        Parameters.AssertBitwiseEqual(_before, _target.Parameters);
    }

    [Fact]
    public void A_missing_file_throws_file_not_found_and_leaves_the_network_alone()
    {
        using var folder = new TemporaryFolder();

        Assert.Throws<FileNotFoundException>(() => _target.Load(folder.File("absent.ngw")));
        Parameters.AssertBitwiseEqual(_before, _target.Parameters);
    }

    private static byte[] FileOf<T>(T network)
        where T : INetwork<float>
    {
        Parameters.Randomize(network, seed: 1);
        return WeightFileBytes.Of(network);
    }
}
