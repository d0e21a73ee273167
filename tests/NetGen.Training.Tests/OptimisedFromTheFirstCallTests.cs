using System.Reflection;
using NetGen.Runtime;

namespace NetGen.Training.Tests;

/// <summary>
/// Fit's per-sample and per-batch work is compiled optimised from its first call (MethodImplOptions.AggressiveOptimization),
/// so that the first Fit of a process does not run its epochs as tier-0 code (docs/performance.md).
/// </summary>
public class OptimisedFromTheFirstCallTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static TheoryData<Type, string> HotPath => new()
    {
        { typeof(Trainer<float>), "RunFusedEpoch" },
        { typeof(Trainer<float>), "RunBatchedEpoch" },
        { typeof(Trainer<float>), "PrepareDirection" },
        { typeof(Trainer<float>), "NextRate" },
        { typeof(OptimizerState<float>), "Update" },
        { typeof(FiniteSnapshot), "CopyIfFinite" },
        { typeof(ShuffleSequence), "Shuffle" },
        { typeof(Metrics), "MeanLoss" },
        { typeof(Metrics), "Accuracy" },
        { typeof(Guard), "Finite" },
        { typeof(Guard), "AllFinite" },
        { typeof(SgdSequence), "Run" },
    };

    [Theory]
    [MemberData(nameof(HotPath))]
    public void Fit_hot_path_method_is_compiled_optimised_from_its_first_call(Type type, string name)
    {
        MethodInfo[] methods = type.GetMethods(Declared).Where(m => m.Name == name).ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization), $"{type.Name}.{name}"));
    }

    [Fact]
    public void Every_optimizer_update_and_learning_rate_schedule_is_compiled_optimised_from_its_first_call()
    {
        Type[] types = typeof(Optimizer).Assembly.GetTypes();
        MethodInfo[] updates = types
            .Where(t => t.IsClass && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(OptimizerState<>))
            .Select(t => t.GetMethod("UpdateCore", Declared)!)
            .ToArray();
        MethodInfo[] rates = types
            .Where(t => t.IsSubclassOf(typeof(LearningRateSchedule)))
            .Select(t => t.GetMethod(nameof(LearningRateSchedule.Rate), Declared)!)
            .ToArray();

        Assert.Equal(3, updates.Length); // SGD, momentum (classical and Nesterov), Adam
        Assert.True(rates.Length >= 5, $"{rates.Length} schedules"); // constant, inverse time, step, exponential, cosine
        Assert.All(updates.Concat(rates), m => Assert.True(
            m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization),
            $"{m.DeclaringType!.FullName}.{m.Name}"));
    }
}
