namespace NetGen.Benchmarks.Reporting;

public sealed class RatioReport
{
    public static RatioReport FromDirectory(string directory) => new();

    public string ToMarkdown() => "";
}
