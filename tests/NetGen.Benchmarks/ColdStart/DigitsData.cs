using System.Globalization;
using System.IO.Compression;
using NetGen.Training;

namespace NetGen.ColdStart;

/// <summary>
/// The 8x8 digits of scikit-learn (Debian's python3-sklearn ships them as digits.csv.gz: 1,797 rows of 64 pixels
/// 0-16 and the class), read from the installed package; the first 1,437 rows (the 80 % a usual split trains on),
/// pixels scaled to [0, 1]. Without the package, random data of the same shape, and the table says so.
/// </summary>
internal static class DigitsData
{
    private const int Rows = 1437;
    private const string DefaultPath = "/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz";

    public static (float[] Inputs, float[] Labels, string Source) Load()
    {
        string path = Environment.GetEnvironmentVariable("NETGEN_DIGITS") ?? DefaultPath;
        var inputs = new float[Rows * 64];
        var labels = new float[Rows];
        if (!File.Exists(path))
        {
            var random = new Random(7);
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i] = random.Next(17) / 16f;
            }

            for (int i = 0; i < Rows; i++)
            {
                labels[i] = random.Next(10);
            }

            return (inputs, labels, "random-data");
        }

        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        for (int row = 0; row < Rows; row++)
        {
            string[] fields = (reader.ReadLine() ?? throw new InvalidDataException($"{path} has fewer than {Rows} rows.")).Split(',');
            for (int j = 0; j < 64; j++)
            {
                inputs[(row * 64) + j] = float.Parse(fields[j], CultureInfo.InvariantCulture) / 16f;
            }

            labels[row] = float.Parse(fields[64], CultureInfo.InvariantCulture);
        }

        return (inputs, labels, "sklearn-digits");
    }

    /// <summary>One Fit of 40 epochs of plain SGD from the same initial weights, in milliseconds.</summary>
    public static double TimeFit(float[] inputs, float[] labels, int batch)
    {
        var net = new Suite_64_32_10_ReLU();
        net.InitializeParameters(3);
        var options = new FitOptions { Epochs = 40, BatchSize = batch, LearningRate = LearningRateSchedule.Constant(batch == 1 ? 0.01 : 0.1), Seed = 5 };
        var clock = new Clock();
        clock.Start();
        net.Fit(inputs, labels, options);
        clock.Stop();
        return clock.ElapsedNanoseconds / 1e6;
    }
}
