namespace NetGen.Benchmarks.Reporting;

public enum TargetStatus
{
    Met,
    Missed,

    /// <summary>No measurement: NetGen does not build the net yet (NG0011), or the benchmark was not run.</summary>
    NotMeasured,
}

/// <summary>One of the performance issue's targets, checked against one run.</summary>
/// <param name="Target">The target as the issue states it, e.g. "forward >= 10x hand-written".</param>
/// <param name="Net">The net it applies to, or "all" for the allocation target.</param>
/// <param name="Measured">The measured value, formatted ("7.3x", "41% of peak", "0 B").</param>
/// <param name="Status">Met, missed or not measured.</param>
/// <param name="Margin">How far above the target, or how much faster NetGen would have to get.</param>
public sealed record TargetResult(string Target, string Net, string Measured, TargetStatus Status, string Margin);
