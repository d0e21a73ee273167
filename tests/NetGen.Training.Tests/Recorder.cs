namespace NetGen.Training.Tests;

/// <summary>
/// A synchronous <see cref="IProgress{T}"/> (unlike <see cref="Progress{T}"/>, which posts to the thread pool): it runs
/// the callback on the training thread, between epochs, and keeps the reports.
/// </summary>
internal sealed class Recorder(Action<EpochReport>? onReport = null) : IProgress<EpochReport>
{
    public List<EpochReport> Reports { get; } = new(capacity: 1000);

    public void Report(EpochReport value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
