using System.Reflection;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// The generated methods that compute, and the runtime kernels they call, carry MethodImplOptions.AggressiveOptimization
/// (or are inlined into a method that does), so that a fresh process runs optimised code from the first call instead
/// of tier-0 code for its first million calls (docs/performance.md). Read from the compiled assemblies.
/// </summary>
public class OptimisedFromTheFirstCallTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static TheoryData<Type> Networks => new()
    {
        typeof(Shallow_Sigmoid_SquaredError_F),
        typeof(Deep_Tanh_SoftmaxCrossEntropy_D),
        typeof(LoopShallow_Identity_Hinge_F),
        typeof(LoopDeep_ReLU_Logistic_D),
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void Every_generated_method_that_computes_is_compiled_optimised_from_its_first_call(Type network)
    {
        string[] computing =
        [
            "Forward", "ForwardBatch", "Predict", "Classify", "Probabilities", "ProbabilitiesBatch", "Probability", "ProbabilityBatch",
            "ComputeLoss", "AccumulateGradient", "TrainStep", "TrainSequence",
        ];
        MethodInfo[] methods = network.GetMethods(Declared)
            .Where(m => computing.Contains(m.Name) || computing.Any(name => m.Name.EndsWith("." + name, StringComparison.Ordinal)))
            .ToArray();

        // At least Forward, ForwardBatch, ComputeLoss, AccumulateGradient, TrainStep and TrainSequence; label losses add
        // INetwork's span forms of the three training methods, one-output nets Predict, classifiers Classify and their
        // probabilities.
        Assert.True(methods.Length >= 6, $"{network.Name}: found only {string.Join(", ", methods.Select(m => m.Name))}");
        Assert.All(methods, m => Assert.True(
            m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization),
            $"{network.Name}.{m.Name} is not marked AggressiveOptimization"));
    }

    [Fact]
    public void Small_unrolled_nets_still_inline_their_hot_methods_and_loop_nets_do_not()
    {
        MethodImplAttributes small = typeof(Shallow_Sigmoid_SquaredError_F).GetMethod("Forward")!.MethodImplementationFlags;
        MethodImplAttributes loops = typeof(LoopShallow_Identity_Hinge_F).GetMethod("Forward")!.MethodImplementationFlags;

        Assert.True(small.HasFlag(MethodImplAttributes.AggressiveInlining | MethodImplAttributes.AggressiveOptimization));
        Assert.True(loops.HasFlag(MethodImplAttributes.AggressiveOptimization));
        Assert.False(loops.HasFlag(MethodImplAttributes.AggressiveInlining));
    }

    public static TheoryData<Type> Kernels => new()
    {
        typeof(DenseKernels),
        typeof(LaneKernels),
        typeof(LaneActivations),
        typeof(VectorMath),
        typeof(VectorMath512),
        typeof(BinaryLoss),
        typeof(NeuronVector),
        typeof(SoftmaxKernels),
        typeof(OutputProbability),
    };

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_runtime_kernel_is_optimised_from_its_first_call_or_inlined(Type kernels)
    {
        MethodInfo[] methods = kernels.GetMethods(Declared).Where(m => !m.IsSpecialName && !m.Name.StartsWith('<')).ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(
            (m.MethodImplementationFlags & (MethodImplAttributes.AggressiveOptimization | MethodImplAttributes.AggressiveInlining)) != 0,
            $"{kernels.Name}.{m.Name} would start as tier-0 code"));
    }

    public static TheoryData<Type, string> EntryPoints => new()
    {
        { typeof(DenseKernels), nameof(DenseKernels.Affine) },
        { typeof(DenseKernels), nameof(DenseKernels.Activate) },
        { typeof(DenseKernels), nameof(DenseKernels.MultiplyByDerivative) },
        { typeof(DenseKernels), nameof(DenseKernels.TransposedMultiply) },
        { typeof(DenseKernels), nameof(DenseKernels.AccumulateOuter) },
        { typeof(DenseKernels), nameof(DenseKernels.BackpropAndUpdate) },
        { typeof(SoftmaxKernels), nameof(SoftmaxKernels.Loss) },
        { typeof(SoftmaxKernels), nameof(SoftmaxKernels.LossAndDelta) },
        { typeof(LaneKernels), nameof(LaneKernels.ToLanes) },
        { typeof(LaneKernels), nameof(LaneKernels.FromLanes) },
        { typeof(LaneKernels), nameof(LaneKernels.Affine) },
        { typeof(LaneActivations), nameof(LaneActivations.Activate) },
        { typeof(Guard), nameof(Guard.Finite) },
    };

    /// <summary>
    /// The kernels' entry points (argument checks and the dispatch to a vector width) are inlined into the generated
    /// methods that call them: compiled with AggressiveOptimization and no profile, the JIT would otherwise leave them
    /// as calls that tier 1's profile-guided inlining removed (64-32-10 TrainStep, docs/performance.md).
    /// </summary>
    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Kernel_entry_points_are_inlined_into_the_generated_code(Type kernels, string name)
    {
        MethodInfo[] methods = kernels.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name).ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(
            m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining | MethodImplAttributes.AggressiveOptimization),
            $"{kernels.Name}.{m.Name}"));
    }
}
