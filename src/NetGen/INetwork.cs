using System;

namespace NetGen;

/// <summary>
/// What every generated network of element type <typeparamref name="T"/> offers, so that generic code (training loops,
/// evaluation, persistence) can work with any of them. The generated class implements it; its own public members are
/// the typed, faster-to-call versions.
/// </summary>
/// <remarks>
/// Targets are passed as a span of <see cref="TargetSize"/> values: for <see cref="NetGen.Loss.Hinge"/> and
/// <see cref="NetGen.Loss.Logistic"/> one label, +1 or -1; for <see cref="NetGen.Loss.SoftmaxCrossEntropy"/> one class
/// index stored as a T (0, 1, 2, ...); for <see cref="NetGen.Loss.SquaredError"/> the <see cref="OutputSize"/> target values.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public interface INetwork<T> where T : unmanaged
{
    /// <summary>The number of inputs.</summary>
    int InputSize { get; }

    /// <summary>The number of outputs.</summary>
    int OutputSize { get; }

    /// <summary>The number of trainable parameters (weights and biases).</summary>
    int ParameterCount { get; }

    /// <summary>The number of target values per sample: 1 for labels and class indices, OutputSize for SquaredError.</summary>
    int TargetSize { get; }

    /// <summary>The loss this network was declared with.</summary>
    Loss LossFunction { get; }

    /// <summary>The architecture: input size, layers with their offsets into <see cref="Parameters"/>, loss, precision.</summary>
    NetworkTopology Topology { get; }

    /// <summary>All parameters, layer by layer: W(l) row-major [outputs x inputs], then b(l).</summary>
    Span<T> Parameters { get; }

    /// <summary>Fills the weights with Gaussian(0, sigma^2) values (Glorot or He sigma per layer) and the biases with 0.</summary>
    void InitializeParameters(int seed);

    /// <summary>Computes the network's outputs for one input.</summary>
    void Forward(ReadOnlySpan<T> input, Span<T> output);

    /// <summary>Forward for n rows at once: <paramref name="inputs"/> is n x InputSize, <paramref name="outputs"/> n x OutputSize, both row-major.</summary>
    void ForwardBatch(ReadOnlySpan<T> inputs, Span<T> outputs);

    /// <summary>Loss(y, h(x; theta)) for one sample.</summary>
    T ComputeLoss(ReadOnlySpan<T> input, ReadOnlySpan<T> target);

    /// <summary>Adds dLoss/dtheta for one sample into <paramref name="gradient"/> (Parameters layout); returns the loss.</summary>
    T AccumulateGradient(ReadOnlySpan<T> input, ReadOnlySpan<T> target, Span<T> gradient);

    /// <summary>One fused SGD step theta &lt;- theta - learningRate * grad Loss on one sample; returns the loss before the step.</summary>
    T TrainStep(ReadOnlySpan<T> input, ReadOnlySpan<T> target, T learningRate);
}
