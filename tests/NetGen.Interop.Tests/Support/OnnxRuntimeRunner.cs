using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace NetGen.Interop.Tests.Support;

/// <summary>Runs an ONNX model in ONNX Runtime (the referee) on a batch of rows, and the same rows through a network's Forward.</summary>
public static class OnnxRuntimeRunner
{
    public static InferenceSession Open(byte[] model)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new InferenceSession(model, options);
    }

    /// <summary>Feeds <paramref name="rows"/> as one [batch, width] tensor to the model's only input and returns its only output, row by row.</summary>
    public static T[][] Run<T>(InferenceSession session, T[][] rows)
        where T : unmanaged
    {
        int width = rows[0].Length;
        var input = new DenseTensor<T>(rows.SelectMany(r => r).ToArray(), [rows.Length, width]);
        string inputName = session.InputMetadata.Keys.Single();
        using IDisposableReadOnlyCollection<DisposableNamedOnnxValue> results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, input)]);
        Tensor<T> output = results.Single().AsTensor<T>();
        Assert.Equal(2, output.Dimensions.Length);
        Assert.Equal(rows.Length, output.Dimensions[0]);
        return Enumerable.Range(0, rows.Length)
            .Select(r => Enumerable.Range(0, output.Dimensions[1]).Select(c => output[r, c]).ToArray())
            .ToArray();
    }

    public static T[][] Run<T>(byte[] model, T[][] rows)
        where T : unmanaged
    {
        using InferenceSession session = Open(model);
        return Run(session, rows);
    }

    public static float[][] Forward(INetwork<float> network, float[][] rows) =>
        rows.Select(row =>
        {
            float[] output = new float[network.OutputSize];
            network.Forward(row, output);
            return output;
        }).ToArray();

    public static double[][] Forward(INetwork<double> network, double[][] rows) =>
        rows.Select(row =>
        {
            double[] output = new double[network.OutputSize];
            network.Forward(row, output);
            return output;
        }).ToArray();

    /// <summary>The largest |a - b| over all entries; the shapes must agree.</summary>
    public static double MaxAbsDifference(float[][] a, float[][] b) =>
        MaxAbsDifference(a.Select(r => r.Select(v => (double)v).ToArray()).ToArray(), b.Select(r => r.Select(v => (double)v).ToArray()).ToArray());

    public static double MaxAbsDifference(double[][] a, double[][] b)
    {
        Assert.Equal(a.Length, b.Length);
        double max = 0;
        for (int r = 0; r < a.Length; r++)
        {
            Assert.Equal(a[r].Length, b[r].Length);
            for (int c = 0; c < a[r].Length; c++)
            {
                Assert.False(double.IsNaN(a[r][c]) || double.IsNaN(b[r][c]), $"NaN at row {r}, column {c}");
                max = Math.Max(max, Math.Abs(a[r][c] - b[r][c]));
            }
        }

        return max;
    }

    public static float[][] RandomRows(int seed, int count, int width, double scale = 2.0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, width).Select(_ => (float)(scale * ((2 * random.NextDouble()) - 1))).ToArray())
            .ToArray();
    }

    public static double[][] RandomRowsDouble(int seed, int count, int width, double scale = 2.0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, width).Select(_ => scale * ((2 * random.NextDouble()) - 1)).ToArray())
            .ToArray();
    }
}
