namespace NetGen.Examples.OnlineLearner;

/// <summary>
/// Events (x1, x2) uniform on [-1, 1]^2, labelled +1 inside a disc of radius 0.5 and -1 outside. The disc's centre
/// travels round a circle of radius 0.35, one lap every <see cref="Period"/> events, so a model that stops learning
/// goes stale.
/// </summary>
internal sealed class DriftingStream(int seed)
{
    public const int Period = 100_000;
    public const double Radius = 0.5;
    private const double Orbit = 0.35;

    private readonly Random _random = new(seed);

    public (double X, double Y) Centre(long t) =>
        (Orbit * Math.Cos(2 * Math.PI * t / Period), Orbit * Math.Sin(2 * Math.PI * t / Period));

    /// <summary>The event at time <paramref name="t"/>, written into <paramref name="point"/>; returns its label.</summary>
    public float Next(long t, Span<float> point)
    {
        point[0] = (float)(2 * _random.NextDouble() - 1);
        point[1] = (float)(2 * _random.NextDouble() - 1);
        (double cx, double cy) = Centre(t);
        double dx = point[0] - cx;
        double dy = point[1] - cy;
        return dx * dx + dy * dy < Radius * Radius ? 1f : -1f;
    }
}
