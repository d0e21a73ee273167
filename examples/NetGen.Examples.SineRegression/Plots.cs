using System.Globalization;
using NetGen.Training;
using ScottPlot;

namespace NetGen.Examples.SineRegression;

/// <summary>The two pictures of the example, drawn with ScottPlot.</summary>
internal static class Plots
{
    static Plots()
    {
        // ScottPlot's default font is not on a bare Linux machine, and a missing font silently drops all text.
        Fonts.Default = "DejaVu Sans";
    }

    public static string FitAgainstTruth(string path, float[] x, float[] truth, float[] predicted, float[] trainX, float[] trainY, double maxError)
    {
        var plot = new Plot();
        var sine = plot.Add.ScatterLine(x, truth);
        sine.LegendText = "sin(x)";
        sine.LineWidth = 5;
        sine.Color = Colors.LightBlue;
        var fit = plot.Add.ScatterLine(x, predicted);
        fit.LegendText = "network h(x)";
        fit.LineWidth = 2;
        fit.Color = Colors.DarkRed;
        var samples = plot.Add.ScatterPoints(trainX, trainY);
        samples.LegendText = "training samples";
        samples.MarkerSize = 3;
        samples.Color = Colors.Black;
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"1-16-1 tanh network against sin(x): max error {maxError:F4}"));
        plot.XLabel("x");
        plot.YLabel("y");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 520);
        return path;
    }

    public static string LossCurve(string path, TrainingHistory history)
    {
        // ScottPlot has no logarithmic axis: plot log10 J and label the ticks with the values they stand for.
        double[] epochs = history.Select(e => (double)e.Epoch).ToArray();
        double[] logLoss = history.Select(e => Math.Log10(e.TrainingLoss ?? e.RunningLoss)).ToArray();
        var plot = new Plot();
        var line = plot.Add.ScatterLine(epochs, logLoss);
        line.LegendText = "J(theta) on the training samples";
        line.LineWidth = 2;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = value => "1e" + value.ToString("0", CultureInfo.InvariantCulture),
        };
        plot.Title("Training loss (log scale)");
        plot.XLabel("epoch");
        plot.YLabel("J(theta) = mean of 1/2 (h(x) - y)^2");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 520);
        return path;
    }
}
