using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Persistence;

namespace NetGen.Interop.Tests.WeightFiles;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(ActivationNetworks.All), MemberType = typeof(ActivationNetworks))]
    public void A_saved_float_network_loads_back_bit_for_bit_and_computes_the_same_outputs(Activation activation)
    {
        INetwork<float> saved = ActivationNetworks.Float(activation);
        Parameters.Randomize(saved, seed: 11);
        INetwork<float> loaded = ActivationNetworks.Float(activation);
        Parameters.Randomize(loaded, seed: 12);

        loaded.Load(new MemoryStream(WeightFileBytes.Of(saved)));

        Parameters.AssertBitwiseEqual(saved.Parameters, loaded.Parameters);
        float[] input = [0.5f, -1.25f, 2f, 0.1f];
        float[] expected = new float[saved.OutputSize];
        float[] actual = new float[loaded.OutputSize];
        saved.Forward(input, expected);
        loaded.Forward(input, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_double_network_round_trips_every_bit_including_nan_payloads_negative_zero_infinities_and_subnormals()
    {
        var saved = new DeepClassifierDouble();
        Parameters.Randomize(saved, seed: 3);
        saved.Parameters[0] = BitConverter.Int64BitsToDouble(0x7FF8_0000_DEAD_BEEF);
        saved.Parameters[1] = -0.0;
        saved.Parameters[2] = double.PositiveInfinity;
        saved.Parameters[3] = double.NegativeInfinity;
        saved.Parameters[4] = double.Epsilon;
        saved.Parameters[5] = double.MaxValue;
        var loaded = new DeepClassifierDouble();

        loaded.Load(new MemoryStream(WeightFileBytes.Of(saved)));

        Parameters.AssertBitwiseEqual(saved.Parameters, loaded.Parameters);
    }

    [Fact]
    public void Saving_to_a_path_writes_a_file_that_loads_and_leaves_no_temporary_file_behind()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("classifier" + WeightFile.Extension);
        var saved = new DeepClassifier();
        Parameters.Randomize(saved, seed: 5);

        saved.Save(path);
        var loaded = new DeepClassifier();
        loaded.Load(path);

        Parameters.AssertBitwiseEqual(saved.Parameters, loaded.Parameters);
        Assert.Equal(["classifier.ngw"], folder.FileNames());
        Assert.Equal(WeightFileBytes.Of(saved), File.ReadAllBytes(path));
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_its_contents()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("net.ngw");
        var first = new SigmoidNet();
        Parameters.Randomize(first, seed: 1);
        first.Save(path);
        var second = new SigmoidNet();
        Parameters.Randomize(second, seed: 2);

        second.Save(path);

        var loaded = new SigmoidNet();
        loaded.Load(path);
        Parameters.AssertBitwiseEqual(second.Parameters, loaded.Parameters);
        Assert.Equal(["net.ngw"], folder.FileNames());
    }

    [Fact]
    public void Loading_from_a_stream_stops_at_the_end_of_the_file_so_files_can_be_read_one_after_another()
    {
        var first = new SigmoidNet();
        Parameters.Randomize(first, seed: 1);
        var second = new TanhNet();
        Parameters.Randomize(second, seed: 2);
        var stream = new MemoryStream();
        first.Save(stream);
        second.Save(stream);
        stream.Position = 0;

        var loadedFirst = new SigmoidNet();
        var loadedSecond = new TanhNet();
        loadedFirst.Load(stream);
        loadedSecond.Load(stream);

        Parameters.AssertBitwiseEqual(first.Parameters, loadedFirst.Parameters);
        Parameters.AssertBitwiseEqual(second.Parameters, loadedSecond.Parameters);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void Loading_from_a_stream_that_cannot_seek_and_returns_few_bytes_per_read_still_works()
    {
        var saved = new DeepClassifier();
        Parameters.Randomize(saved, seed: 9);
        var loaded = new DeepClassifier();

        loaded.Load(new TrickleStream(WeightFileBytes.Of(saved), bytesPerRead: 7));

        Parameters.AssertBitwiseEqual(saved.Parameters, loaded.Parameters);
    }

    [Fact]
    public void ReadInfo_reports_the_topology_and_precision_the_file_was_saved_from()
    {
        var saved = new DeepClassifierDouble();
        Parameters.Randomize(saved, seed: 4);

        WeightFileInfo info = WeightFile.ReadInfo(new MemoryStream(WeightFileBytes.Of(saved)));

        Assert.Equal(1, info.FormatVersion);
        Assert.Equal(DeepClassifierDouble.Topology, info.Topology);
        Assert.Equal(Precision.Double, info.Topology.Precision);
        Assert.Empty(info.SkippedSections);
    }

    [Fact]
    public void An_unknown_ancillary_section_such_as_a_future_checkpoint_is_skipped_and_the_weights_load()
    {
        var saved = new SigmoidNet();
        Parameters.Randomize(saved, seed: 6);
        byte[] withCheckpoint = WeightFileBytes.WithExtraSection(WeightFileBytes.Of(saved), "optm", [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var loaded = new SigmoidNet();

        loaded.Load(new MemoryStream(withCheckpoint));

        Parameters.AssertBitwiseEqual(saved.Parameters, loaded.Parameters);
        Assert.Equal(["optm"], WeightFile.ReadInfo(new MemoryStream(withCheckpoint)).SkippedSections);
    }

    /// <summary>A forward-only stream that hands out at most a few bytes per Read, like a slow network connection.</summary>
    private sealed class TrickleStream(byte[] data, int bytesPerRead) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, bytesPerRead), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
