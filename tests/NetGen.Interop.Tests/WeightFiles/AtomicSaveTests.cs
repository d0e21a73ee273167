using NetGen.Interop.Tests.Networks;
using NetGen.Interop.Tests.Support;
using NetGen.Persistence;

namespace NetGen.Interop.Tests.WeightFiles;

/// <summary>A save that fails half-way never damages the file that was there before, and leaves no debris.</summary>
public sealed class AtomicSaveTests
{
    [Theory]
    [InlineData(0L, false)]
    [InlineData(17L, false)]
    [InlineData(100L, false)]
    [InlineData(long.MaxValue, true)]
    public void A_save_interrupted_by_a_failing_stream_leaves_the_previous_file_intact(long failAfterBytes, bool failOnFlush)
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("model.ngw");
        var good = new DeepClassifier();
        Parameters.Randomize(good, seed: 1);
        good.Save(path);
        byte[] before = File.ReadAllBytes(path);
        var replacement = new DeepClassifier();
        Parameters.Randomize(replacement, seed: 2);

        var error = Assert.Throws<IOException>(() =>
            AtomicFile.Write(path, stream => replacement.Save(new FailingStream(stream, failAfterBytes, failOnFlush))));

        Assert.StartsWith("Simulated failure", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["model.ngw"], folder.FileNames());
        var reloaded = new DeepClassifier();
        reloaded.Load(path);
        Parameters.AssertBitwiseEqual(good.Parameters, reloaded.Parameters);
    }

    [Fact]
    public void A_save_interrupted_when_no_file_existed_leaves_no_file()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("model.ngw");
        var network = new SigmoidNet();
        Parameters.Randomize(network, seed: 1);

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => network.Save(new FailingStream(stream, 40))));

        Assert.Empty(folder.FileNames());
    }

    [Fact]
    public void Saving_into_a_folder_that_does_not_exist_throws_and_creates_nothing()
    {
        using var folder = new TemporaryFolder();
        var network = new SigmoidNet();

        Assert.Throws<DirectoryNotFoundException>(() => network.Save(Path.Combine(folder.Path, "missing", "model.ngw")));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void The_half_written_bytes_of_a_stream_save_are_rejected_on_load()
    {
        var network = new SigmoidNet();
        Parameters.Randomize(network, seed: 1);
        var partial = new MemoryStream();
        Assert.Throws<IOException>(() => network.Save(new FailingStream(partial, 50)));
        var target = new SigmoidNet();
        Parameters.Randomize(target, seed: 2);
        float[] before = target.Parameters.ToArray();

        WeightFileException error = WeightFileBytes.LoadFails(target, partial.ToArray());

        Assert.Equal(WeightFileError.Truncated, error.Reason);
        Parameters.AssertBitwiseEqual(before, target.Parameters);
    }
}
