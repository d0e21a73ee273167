namespace NetGen.ColdStart;

/// <summary>The hand-off from the harness to the generated drivers in Networks.g.cs.</summary>
internal static partial class Drivers
{
    /// <summary>Small enough that a million steps on random targets stay finite on every net.</summary>
    private const float LearningRate = 1e-4f;

    public static void Run(string method, string name, int calls, float[] inputs, float[] targets, int[] labels, float[] outputs, Clock firstCall, Clock first, Clock steady)
    {
        switch (method)
        {
            case "Forward":
                RunForward(name, calls, inputs, outputs, firstCall, first, steady);
                break;
            case "TrainStep":
                RunTrainStep(name, calls, inputs, targets, labels, firstCall, first, steady);
                break;
            default:
                throw new ArgumentException($"No method {method}: Forward or TrainStep.", nameof(method));
        }
    }

    private static partial void RunForward(string name, int calls, float[] inputs, float[] outputs, Clock firstCall, Clock first, Clock steady);

    private static partial void RunTrainStep(string name, int calls, float[] inputs, float[] targets, int[] labels, Clock firstCall, Clock first, Clock steady);

    /// <summary>
    /// The steady state: after a pause long enough for the runtime's call-counting delay (100 ms without new tier-0
    /// code) to pass and its background thread to install every tier-1 body, the fastest of three more windows of the
    /// same loop. Each starts with the loop method's own short tier-0 stretch before its on-stack replacement (about a
    /// thousand iterations), a fraction of a percent of a million calls.
    /// </summary>
    private static void MeasureSteady(Clock steady, Action window)
    {
        Thread.Sleep(500);
        double fastest = double.PositiveInfinity;
        for (int i = 0; i < 3; i++)
        {
            var clock = new Clock();
            clock.Start();
            window();
            clock.Stop();
            fastest = Math.Min(fastest, clock.ElapsedNanoseconds);
        }

        steady.Add(fastest);
    }
}
