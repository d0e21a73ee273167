using ScottPlot;

namespace NetGen.Examples.OnlineLearner;

/// <summary>The model's P(+1 | x) over the square, the true disc at the end of the stream, and the last events.</summary>
internal static class BoundaryPlot
{
    public static string Save(string path, OnlineNet net, double centreX, double centreY, double radius, List<(float X, float Y, float Label)> recent)
    {
        // ScottPlot's default font is not on a bare Linux machine, and a missing font silently drops all text.
        Fonts.Default = "DejaVu Sans";
        const int size = 160;
        var probability = new double[size, size];
        Span<float> x = stackalloc float[2];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                // Heatmap rows run from the top (x2 = 1) down.
                x[0] = -1 + 2 * (column + 0.5f) / size;
                x[1] = 1 - 2 * (row + 0.5f) / size;
                probability[row, column] = 1 / (1 + Math.Exp(-net.Predict(x)));
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(probability);
        heatmap.Extent = new CoordinateRect(-1, 1, -1, 1);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heatmap).Label = "model's P(y = +1 | x) = sigmoid(z)";

        var disc = plot.Add.Circle(centreX, centreY, radius);
        disc.LineWidth = 3;
        disc.LineColor = Colors.White;
        disc.LinePattern = LinePattern.Dashed;
        disc.LegendText = "true boundary now";

        var inside = plot.Add.ScatterPoints(
            recent.Where(e => e.Label > 0).Select(e => (double)e.X).ToArray(),
            recent.Where(e => e.Label > 0).Select(e => (double)e.Y).ToArray());
        inside.Color = Colors.Orange;
        inside.MarkerSize = 5;
        inside.LegendText = "last events, y = +1";
        var outside = plot.Add.ScatterPoints(
            recent.Where(e => e.Label < 0).Select(e => (double)e.X).ToArray(),
            recent.Where(e => e.Label < 0).Select(e => (double)e.Y).ToArray());
        outside.Color = Colors.Black;
        outside.MarkerSize = 5;
        outside.LegendText = "last events, y = -1";

        plot.Title("Online learner at the end of the stream");
        plot.XLabel("x1");
        plot.YLabel("x2");
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.Axes.SquareUnits();
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 760, 640);
        return path;
    }
}
