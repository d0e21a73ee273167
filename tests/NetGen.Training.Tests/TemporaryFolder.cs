namespace NetGen.Training.Tests;

/// <summary>A fresh folder under the system temp folder for checkpoint files, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "netgen-training-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file in the folder, hidden temporary files included.</summary>
    public string[] FileNames() =>
        Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
