namespace NetGen.Benchmarks.Reporting;

/// <summary>The implementations and operations as benchmark method names spell them: "{implementation}_{operation}".</summary>
public static class Implementations
{
    /// <summary>NetGen's generated code (the name "NetGen" alone is taken by the namespace).</summary>
    public const string Generated = "NetGen";
    public const string HandWritten = "HandWritten";
    public const string OnnxRuntime = "OnnxRuntime";

    public const string Forward = "Forward";
    public const string TrainStep = "TrainStep";
    public const string Batch = "Batch";

    public static string Method(string implementation, string operation) => $"{implementation}_{operation}";
}
