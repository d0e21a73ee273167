using System.Collections.Generic;
using NetGen.Generator.Model;

namespace NetGen.Generator.Planning;

/// <summary>Where layer l's parameters live in the flat Parameters block, and how its weights are initialised.</summary>
/// <param name="Number">The lecture's l: layer 1 maps h(1) = x to h(2).</param>
/// <param name="Inputs">Neurons j in h(l) (the fan-in).</param>
/// <param name="Outputs">Neurons k in h(l+1) (the fan-out).</param>
/// <param name="WeightOffset">Index of w_00^(l); w_kj^(l) is at WeightOffset + k * Inputs + j.</param>
/// <param name="BiasOffset">Index of b_0^(l), right after W(l).</param>
internal sealed record LayerPlan(int Number, int Inputs, int Outputs, ActivationKind Activation, int WeightOffset, int BiasOffset)
{
    public int WeightCount => Inputs * Outputs;

    public int End => BiasOffset + Outputs;

    /// <summary>He initialisation for the ReLU family (rectifier-like activations), Glorot otherwise.</summary>
    public bool UsesHeInitialization =>
        Activation is ActivationKind.ReLU or ActivationKind.LeakyReLU or ActivationKind.Softplus or ActivationKind.SiLU;

    public int WeightIndex(int k, int j) => WeightOffset + (k * Inputs) + j;
}

/// <summary>The probability members a network gets, by its loss.</summary>
internal enum ProbabilityForm
{
    /// <summary>None: the scores of hinge and squared-error nets are not probabilities.</summary>
    None,

    /// <summary>Softmax cross-entropy: Probabilities and ProbabilitiesBatch, softmax(z) over the OutputSize scores.</summary>
    Softmax,

    /// <summary>Logistic: Probability and ProbabilityBatch, P(y = +1) = sigmoid(z) of the one score.</summary>
    Sigmoid,
}

/// <summary>The shapes and offsets of a network, derived from its spec.</summary>
internal sealed class NetworkPlan
{
    /// <summary>
    /// RyuJIT compiles a method without optimisation (MinOpts) past 20,000 IL instructions (or 60,000 IL bytes, 2,000
    /// basic blocks, 2,000 locals). Fully unrolled code grows with the network, so the largest generated method
    /// (TrainStep or AccumulateGradient) must be estimated below this, with a margin for the estimate's error.
    /// </summary>
    public const int MaxEstimatedInstructions = 19_000;

    /// <summary>The JIT's limit is 2,000 locals; every neuron costs a few (z, h, delta, the update step).</summary>
    public const int MaxEstimatedLocals = 1_800;

    private NetworkPlan(NetworkSpec spec, IReadOnlyList<LayerPlan> layers, int parameterCount, int neuronCount)
    {
        Spec = spec;
        Layers = layers;
        ParameterCount = parameterCount;
        NeuronCount = neuronCount;
    }

    public NetworkSpec Spec { get; }

    public IReadOnlyList<LayerPlan> Layers { get; }

    public int ParameterCount { get; }

    /// <summary>Inputs plus every layer's units.</summary>
    public int NeuronCount { get; }

    public LayerPlan Output => Layers[Layers.Count - 1];

    /// <summary>
    /// Which probabilities the class offers: the model's own, softmax(z) for softmax cross-entropy and sigmoid(z) for the
    /// logistic loss, whose scores they turn into the probabilities the loss is the negative log of.
    /// </summary>
    public ProbabilityForm Probabilities => ProbabilitiesFor(Spec.Loss);

    /// <summary>See <see cref="Probabilities"/>; also the names NG0010 reserves (GeneratedMemberNames).</summary>
    public static ProbabilityForm ProbabilitiesFor(LossKind loss) => loss switch
    {
        LossKind.SoftmaxCrossEntropy => ProbabilityForm.Softmax,
        LossKind.Logistic => ProbabilityForm.Sigmoid,
        _ => ProbabilityForm.None,
    };

    /// <summary>
    /// An upper estimate of the IL instructions of the largest generated method, calibrated on measured IL: every weight
    /// costs about 18 (its term in z and its gradient or update), every weight of a layer after the first 8 more (its
    /// term in the delta of the layer below), every input 26 and every unit 14. JitLimitTests checks that it never
    /// underestimates.
    /// </summary>
    public long EstimatedInstructions
    {
        get
        {
            long estimate = 300 + (26L * Spec.InputSize);
            foreach (LayerPlan layer in Layers)
            {
                long weights = (long)layer.Inputs * layer.Outputs;
                estimate = Add(estimate, Add(Multiply(18, weights), 14L * layer.Outputs));
                if (layer.Number > 1)
                {
                    estimate = Add(estimate, Multiply(8, weights));
                }
            }

            return estimate;
        }
    }

    /// <summary>
    /// Unrolled nets up to this many estimated IL instructions get their hot methods (Forward, Predict, Classify,
    /// TrainStep) marked for inlining. Past it a call costs nothing next to the body, and inlining would only spend the
    /// JIT's budget and grow the caller.
    /// </summary>
    public const int MaxInlinedInstructions = 2_000;

    /// <summary>True when Forward, Predict, Classify and TrainStep are marked AggressiveInlining.</summary>
    public bool InlinesHotMethods => !UsesLoops && EstimatedInstructions <= MaxInlinedInstructions;

    /// <summary>
    /// Forward, Predict, Classify and TrainStep: optimised from the first call, and inlined into their callers when
    /// small (<see cref="InlinesHotMethods"/>). An inlined body is compiled with its caller, so it is optimised in
    /// optimised callers (a tier-1 method, an on-stack-replaced loop) and called, optimised, from tier-0 ones.
    /// </summary>
    public MethodCompilation HotMethods =>
        MethodCompilation.AggressiveOptimization | (InlinesHotMethods ? MethodCompilation.AggressiveInlining : MethodCompilation.Tiered);

    /// <summary>
    /// The other per-sample and per-batch entry points (ComputeLoss, AccumulateGradient, ForwardBatch, TrainSequence and
    /// the INetwork forms): optimised from the first call, never inlined (a call costs nothing next to their bodies).
    /// </summary>
    public MethodCompilation EntryMethods => MethodCompilation.AggressiveOptimization;

    /// <summary>An upper estimate of the locals of the largest generated method.</summary>
    public long EstimatedLocals => 20L + Spec.InputSize + (5L * (NeuronCount - (long)Spec.InputSize));

    /// <summary>The loop code writes the loss out per output, so the output layer stays small enough to unroll that.</summary>
    public const int MaxLoopOutputs = 256;

    /// <summary>The loop code keeps z, h and delta of every layer in stackalloc buffers: at most this many bytes a call.</summary>
    public const int MaxStackBytes = 256 * 1024;

    /// <summary>Loops over SIMD kernels instead of unrolled code: asked for, or the unrolled code would be too big.</summary>
    public bool UsesLoops => Spec.Unroll == UnrollingKind.Never || (Spec.Unroll == UnrollingKind.Auto && !FitsUnrollBudget);

    /// <summary>Bytes of one value of T.</summary>
    public int ElementSize => Spec.Precision == PrecisionKind.Single ? 4 : 8;

    /// <summary>
    /// Samples in one ForwardBatch lane block: 128 bytes' worth (two 512-bit vectors, so each broadcast weight feeds two
    /// fused multiply-adds), 32 floats or 16 doubles. Must equal NetGen.Runtime.LaneKernels.BlockSize.
    /// </summary>
    public int BatchLanes => 128 / ElementSize;

    /// <summary>Bytes of ForwardBatch's lane buffers: x, z and h of every layer for a block of <see cref="BatchLanes"/> samples.</summary>
    public long BatchStackBytes => BatchLanes * (Spec.InputSize + (2L * (NeuronCount - (long)Spec.InputSize))) * ElementSize;

    /// <summary>
    /// ForwardBatch runs lane blocks when their buffers fit <see cref="MaxStackBytes"/>; for wider nets (a 4096-input
    /// double layer alone would take 256 KiB) it calls Forward row by row, whose buffers are one sample's.
    /// </summary>
    public bool BatchUsesLanes => BatchStackBytes <= MaxStackBytes;

    /// <summary>
    /// Bytes of stack the largest method's buffers take: z, h and delta of every layer for one sample in the loop code,
    /// or, when it uses them, ForwardBatch's lane buffers.
    /// </summary>
    public long StackBytes => System.Math.Max(3L * (NeuronCount - (long)Spec.InputSize) * ElementSize, BatchUsesLanes ? BatchStackBytes : 0);

    /// <summary>The parameters live in one T[]: at most .NET's largest array length (Array.MaxLength).</summary>
    public const int MaxParameters = 0x7FFFFFC7;

    public bool FitsLoopBudget => Output.Outputs <= MaxLoopOutputs && StackBytes <= MaxStackBytes && ParameterCount <= MaxParameters;

    public bool FitsUnrollBudget => EstimatedInstructions <= MaxEstimatedInstructions && EstimatedLocals <= MaxEstimatedLocals;

    public static NetworkPlan Create(NetworkSpec spec)
    {
        var layers = new List<LayerPlan>(spec.Layers.Count);
        long offset = 0;
        int inputs = spec.InputSize;
        long neurons = spec.InputSize;
        for (int i = 0; i < spec.Layers.Count; i++)
        {
            LayerSpec layer = spec.Layers[i];
            long weights = (long)inputs * layer.Units;
            long biasOffset = Add(offset, weights);
            layers.Add(new LayerPlan(i + 1, inputs, layer.Units, layer.Activation, Clamp(offset), Clamp(biasOffset)));
            offset = Add(biasOffset, layer.Units);
            inputs = layer.Units;
            neurons += layer.Units;
        }

        return new NetworkPlan(spec, layers, Clamp(offset), Clamp(neurons));
    }

    // Declared sizes can multiply past int.MaxValue; such a network fails the budget anyway, so saturate.
    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    // Three layers of int.MaxValue units overflow even a long (the NG0011 message said "-2147483648 parameters"):
    // saturate, since anything this large is over every budget and only its order of magnitude is reported.
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long factor, long value) => value > long.MaxValue / factor ? long.MaxValue : factor * value;
}
