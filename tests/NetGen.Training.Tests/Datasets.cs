using System.Globalization;

namespace NetGen.Training.Tests;

/// <summary>The data sets the tests train on, as rows in Fit's layout.</summary>
internal static class Datasets
{
    public static readonly float[] XorInputs = [0, 0, 0, 1, 1, 0, 1, 1];
    public static readonly float[] XorLabels = [-1, 1, 1, -1];

    /// <summary>x evenly spaced on [-pi, pi], scaled to [-1, 1] as the input; y = sin(x).</summary>
    public static (float[] Inputs, float[] Targets) Sine(int count)
    {
        var inputs = new float[count];
        var targets = new float[count];
        for (int i = 0; i < count; i++)
        {
            double x = -Math.PI + 2 * Math.PI * i / (count - 1);
            inputs[i] = (float)(x / Math.PI);
            targets[i] = (float)Math.Sin(x);
        }

        return (inputs, targets);
    }

    /// <summary>The 150 iris rows: 4 measurements, and the species index 0 (setosa), 1 (versicolor), 2 (virginica).</summary>
    public static (float[] Inputs, float[] Classes) Iris()
    {
        string[] species = ["setosa", "versicolor", "virginica"];
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv"));
        var inputs = new List<float>();
        var classes = new List<float>();
        foreach (string line in lines.Skip(1))
        {
            string[] fields = line.Split(',');
            for (int j = 0; j < 4; j++)
            {
                inputs.Add(float.Parse(fields[j], CultureInfo.InvariantCulture));
            }

            classes.Add(Array.IndexOf(species, fields[4]));
        }

        return (inputs.ToArray(), classes.ToArray());
    }

    /// <summary>Rows x in [-1, 1] with targets (x0 + x1, x0 - x1 / 2) for the 2-4-2 regression network.</summary>
    public static (double[] Inputs, double[] Targets) SmallRegression(int count)
    {
        var inputs = new double[2 * count];
        var targets = new double[2 * count];
        for (int i = 0; i < count; i++)
        {
            double x0 = Math.Sin(1.7 * i);
            double x1 = Math.Cos(2.3 * i);
            inputs[2 * i] = x0;
            inputs[2 * i + 1] = x1;
            targets[2 * i] = x0 + x1;
            targets[2 * i + 1] = x0 - x1 / 2;
        }

        return (inputs, targets);
    }
}
