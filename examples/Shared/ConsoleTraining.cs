using System.Globalization;
using NetGen.Training;
using Spectre.Console;

namespace NetGen.Examples;

/// <summary>
/// Runs a Fit under a Spectre.Console progress bar fed by <see cref="FitOptions.Progress"/>. In a terminal the bar
/// redraws in place; when the output is redirected Spectre prints plain lines instead.
/// </summary>
internal static class ConsoleTraining
{
    public static TrainingHistory Run(string title, int epochs, Func<IProgress<EpochReport>, TrainingHistory> fit) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(title, maxValue: epochs);
                TrainingHistory history = fit(new TaskProgress(task, title));
                task.Value = task.MaxValue; // early stopping may end before the last epoch
                return history;
            });

    /// <summary>Where the examples write their plots: the first argument, or artifacts/&lt;example&gt; under the current directory.</summary>
    public static string OutputDirectory(string[] args, string example)
    {
        string directory = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("artifacts", example));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private sealed class TaskProgress(ProgressTask task, string title) : IProgress<EpochReport>
    {
        public void Report(EpochReport epoch)
        {
            task.Value = epoch.Epoch;
            double loss = epoch.TrainingLoss ?? epoch.RunningLoss;
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{title}  J = {loss:G4}");
        }
    }
}
