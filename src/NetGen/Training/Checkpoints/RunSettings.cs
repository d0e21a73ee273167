using System;
using System.Collections.Generic;
using System.Globalization;

namespace NetGen.Training.Checkpoints;

/// <summary>
/// The settings that decide a run's trajectory besides the optimiser: a checkpoint stores them, and a resume must match
/// them, or the resumed run would silently be another run. (The schedule is code and cannot be stored; Epochs, Progress
/// and EvaluateTrainingLoss do not change the parameters.)
/// </summary>
internal sealed record RunSettings(
    int Rows,
    int ValidationRows,
    int BatchSize,
    bool Shuffle,
    int Seed,
    double WeightDecay,
    double? MaxGradientNorm,
    int? Patience)
{
    public static RunSettings From(FitOptions options, int rows, int validationRows) => new(
        rows, validationRows, options.BatchSize, options.Shuffle, options.Seed, options.WeightDecay, options.MaxGradientNorm, options.Patience);

    /// <summary>One line per setting that differs: "batch size: this Fit 4, the checkpoint 8"; empty when they match.</summary>
    public IReadOnlyList<string> DifferencesFrom(RunSettings stored)
    {
        var differences = new List<string>();
        Compare(differences, "training rows", Rows, stored.Rows);
        Compare(differences, "validation rows", ValidationRows, stored.ValidationRows);
        Compare(differences, "FitOptions.BatchSize", BatchSize, stored.BatchSize);
        Compare(differences, "FitOptions.Shuffle", Shuffle, stored.Shuffle);
        Compare(differences, "FitOptions.Seed", Seed, stored.Seed);
        Compare(differences, "FitOptions.WeightDecay", WeightDecay, stored.WeightDecay);
        Compare(differences, "FitOptions.MaxGradientNorm", MaxGradientNorm, stored.MaxGradientNorm);
        Compare(differences, "FitOptions.Patience", Patience, stored.Patience);
        return differences;
    }

    private static void Compare<TValue>(List<string> differences, string name, TValue current, TValue stored)
    {
        if (!EqualityComparer<TValue>.Default.Equals(current, stored))
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: this Fit {Describe(current)}, the checkpoint {Describe(stored)}"));
        }
    }

    private static string Describe<TValue>(TValue value) =>
        value is null ? "none" : Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
