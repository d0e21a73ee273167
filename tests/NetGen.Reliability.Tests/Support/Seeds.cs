using System.Globalization;

namespace NetGen.Reliability.Tests.Support;

/// <summary>
/// The seeds of the randomised tests. Each test has a fixed default, so CI runs the same cases every time; setting
/// NETGEN_RELIABILITY_SEED runs them all from another seed, to explore. Failures always name the seed in use.
/// </summary>
public static class Seeds
{
    public const string Variable = "NETGEN_RELIABILITY_SEED";

    /// <summary><paramref name="fixedSeed"/>, or, when the environment variable is set, that seed mixed with it.</summary>
    public static int Resolve(int fixedSeed)
    {
        string? text = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(text)
            ? fixedSeed
            : unchecked((int.Parse(text, CultureInfo.InvariantCulture) * 16_777_619) ^ fixedSeed);
    }

    /// <summary>A seed for one of many sub-runs (a batch, an iteration), stable across runs and platforms.</summary>
    public static int Derive(int seed, int index) => unchecked((seed * 486_187_739) + (index * 16_777_619) + 1);

    /// <summary>What a failure message says so that the run can be repeated.</summary>
    public static string Describe(int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"seed {seed} (to explore other cases set {Variable}; the fixed seeds run when it is unset)");
}
