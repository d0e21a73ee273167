using NetGen.Training;
using ScottPlot;

namespace NetGen.Examples.Iris;

/// <summary>The training and validation loss per epoch, with the epoch whose weights early stopping kept.</summary>
internal static class LossPlot
{
    public static string Save(string path, TrainingHistory history)
    {
        // ScottPlot's default font is not on a bare Linux machine, and a missing font silently drops all text.
        Fonts.Default = "DejaVu Sans";
        double[] epochs = history.Select(e => (double)e.Epoch).ToArray();
        var plot = new Plot();
        var training = plot.Add.ScatterLine(epochs, history.Select(e => e.TrainingLoss ?? double.NaN).ToArray());
        training.LegendText = "training J(theta)";
        training.LineWidth = 2;
        var validation = plot.Add.ScatterLine(epochs, history.Select(e => e.ValidationLoss ?? double.NaN).ToArray());
        validation.LegendText = "validation loss";
        validation.LineWidth = 2;
        if (history.BestEpoch is int best)
        {
            var marker = plot.Add.VerticalLine(best);
            marker.LegendText = $"best epoch ({best}), weights kept";
            marker.LinePattern = LinePattern.Dashed;
            marker.Color = Colors.Gray;
        }

        plot.Title("Iris: softmax cross-entropy per epoch");
        plot.XLabel("epoch");
        plot.YLabel("mean cross-entropy");
        double highest = history.Max(e => Math.Max(e.TrainingLoss ?? 0, e.ValidationLoss ?? 0));
        plot.Axes.SetLimits(0, history.Count, 0, 1.05 * highest);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 520);
        return path;
    }
}
