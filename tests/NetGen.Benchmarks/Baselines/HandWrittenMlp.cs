using NetGen;

namespace NetGen.Benchmarks.Baselines;

/// <summary>
/// What a competent C# developer writes without NetGen: one flat row-major weight array and one bias array per layer,
/// plain loops, buffers allocated once, MathF for the activations. No SIMD intrinsics and no unrolling, but nothing
/// wasteful either: the SGD step fuses delta(l) = W(l)^T delta(l+1) with the update of W(l) in one pass over each row,
/// and nothing allocates.
/// </summary>
public sealed class HandWrittenMlp
{
    private readonly int[] _inputs;
    private readonly int[] _units;
    private readonly Activation[] _activations;
    private readonly float[][] _weights;
    private readonly float[][] _biases;
    private readonly float[][] _h;
    private readonly float[][] _delta;

    /// <summary>Builds the layers of <paramref name="topology"/> and copies <paramref name="parameters"/> (NetGen's layout) into them.</summary>
    public HandWrittenMlp(NetworkTopology topology, ReadOnlySpan<float> parameters)
    {
        int layers = topology.Layers.Count;
        _inputs = new int[layers];
        _units = new int[layers];
        _activations = new Activation[layers];
        _weights = new float[layers][];
        _biases = new float[layers][];
        _h = new float[layers][];
        _delta = new float[layers][];
        for (int l = 0; l < layers; l++)
        {
            LayerTopology layer = topology.Layers[l];
            _inputs[l] = layer.Inputs;
            _units[l] = layer.Units;
            _activations[l] = layer.Activation;
            _weights[l] = parameters.Slice(layer.WeightOffset, layer.Inputs * layer.Units).ToArray();
            _biases[l] = parameters.Slice(layer.BiasOffset, layer.Units).ToArray();
            _h[l] = new float[layer.Units];
            _delta[l] = new float[layer.Units];
        }
    }

    /// <summary>Copies the weights and biases out in NetGen's layout, to compare after training.</summary>
    public void CopyParametersTo(Span<float> parameters)
    {
        int offset = 0;
        for (int l = 0; l < _weights.Length; l++)
        {
            _weights[l].CopyTo(parameters.Slice(offset));
            offset += _weights[l].Length;
            _biases[l].CopyTo(parameters.Slice(offset));
            offset += _biases[l].Length;
        }
    }

    /// <summary>h(L+1) for one input.</summary>
    public void Forward(ReadOnlySpan<float> input, Span<float> output)
    {
        Propagate(input).CopyTo(output);
    }

    /// <summary>One SGD step on a SquaredError sample; returns the loss before the step.</summary>
    public float TrainStep(ReadOnlySpan<float> input, ReadOnlySpan<float> target, float learningRate)
    {
        int top = _weights.Length - 1;
        ReadOnlySpan<float> h = Propagate(input);
        Span<float> delta = _delta[top];
        float loss = 0f;
        for (int k = 0; k < h.Length; k++)
        {
            float r = h[k] - target[k];
            loss += r * r;
            delta[k] = r;
        }

        ScaleByDerivative(delta, h, _activations[top]);
        Backpropagate(input, learningRate);
        return 0.5f * loss;
    }

    /// <summary>One SGD step on a SoftmaxCrossEntropy sample of class <paramref name="label"/>; returns the loss before the step.</summary>
    public float TrainStep(ReadOnlySpan<float> input, int label, float learningRate)
    {
        int top = _weights.Length - 1;
        ReadOnlySpan<float> z = Propagate(input); // the output layer is Identity, so h(L+1) = z(L+1)
        Span<float> delta = _delta[top];
        float max = z[0];
        for (int k = 1; k < z.Length; k++)
        {
            max = MathF.Max(max, z[k]);
        }

        float sum = 0f;
        for (int k = 0; k < z.Length; k++)
        {
            float e = MathF.Exp(z[k] - max);
            delta[k] = e;
            sum += e;
        }

        // delta = softmax(z) - onehot(label)
        float inverseSum = 1f / sum;
        for (int k = 0; k < delta.Length; k++)
        {
            delta[k] *= inverseSum;
        }

        delta[label] -= 1f;
        Backpropagate(input, learningRate);
        return MathF.Log(sum) + max - z[label];
    }

    /// <summary>Runs the layers, keeping every h(l+1) for backprop; returns the output layer's.</summary>
    private ReadOnlySpan<float> Propagate(ReadOnlySpan<float> input)
    {
        ReadOnlySpan<float> h = input;
        for (int l = 0; l < _weights.Length; l++)
        {
            ReadOnlySpan<float> w = _weights[l];
            ReadOnlySpan<float> b = _biases[l];
            Span<float> next = _h[l];
            int fanIn = _inputs[l];
            for (int k = 0; k < next.Length; k++)
            {
                ReadOnlySpan<float> row = w.Slice(k * fanIn, fanIn);
                float sum = b[k];
                for (int j = 0; j < row.Length; j++)
                {
                    sum += row[j] * h[j];
                }

                next[k] = sum;
            }

            Activate(next, _activations[l]);
            h = next;
        }

        return h;
    }

    /// <summary>
    /// From delta of the output layer down: for each layer, delta(l) = W(l)^T delta(l+1) accumulated row by row while the
    /// same row is updated, W(l) -= eta delta(l+1) h(l)^T, b(l) -= eta delta(l+1). Each weight is read before it changes.
    /// </summary>
    private void Backpropagate(ReadOnlySpan<float> input, float learningRate)
    {
        for (int l = _weights.Length - 1; l >= 0; l--)
        {
            Span<float> w = _weights[l];
            Span<float> b = _biases[l];
            ReadOnlySpan<float> delta = _delta[l];
            ReadOnlySpan<float> h = l == 0 ? input : _h[l - 1];
            int fanIn = _inputs[l];
            if (l == 0)
            {
                for (int k = 0; k < delta.Length; k++)
                {
                    Span<float> row = w.Slice(k * fanIn, fanIn);
                    float step = learningRate * delta[k];
                    for (int j = 0; j < row.Length; j++)
                    {
                        row[j] -= step * h[j];
                    }

                    b[k] -= step;
                }

                continue;
            }

            Span<float> below = _delta[l - 1];
            below.Clear();
            for (int k = 0; k < delta.Length; k++)
            {
                Span<float> row = w.Slice(k * fanIn, fanIn);
                float d = delta[k];
                float step = learningRate * d;
                for (int j = 0; j < row.Length; j++)
                {
                    below[j] += row[j] * d;
                    row[j] -= step * h[j];
                }

                b[k] -= step;
            }

            ScaleByDerivative(below, h, _activations[l - 1]);
        }
    }

    private static void Activate(Span<float> z, Activation activation)
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Sigmoid:
                for (int i = 0; i < z.Length; i++)
                {
                    z[i] = 1f / (1f + MathF.Exp(-z[i]));
                }

                break;
            case Activation.Tanh:
                for (int i = 0; i < z.Length; i++)
                {
                    z[i] = MathF.Tanh(z[i]);
                }

                break;
            case Activation.ReLU:
                for (int i = 0; i < z.Length; i++)
                {
                    z[i] = MathF.Max(z[i], 0f);
                }

                break;
            default:
                throw new NotSupportedException($"The baseline implements the activations of the suite, not {activation}.");
        }
    }

    /// <summary>delta (.)= g'(z), with g' written in terms of h = g(z) as backprop usually does.</summary>
    private static void ScaleByDerivative(Span<float> delta, ReadOnlySpan<float> h, Activation activation)
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Sigmoid:
                for (int i = 0; i < delta.Length; i++)
                {
                    delta[i] *= h[i] * (1f - h[i]);
                }

                break;
            case Activation.Tanh:
                for (int i = 0; i < delta.Length; i++)
                {
                    delta[i] *= 1f - (h[i] * h[i]);
                }

                break;
            case Activation.ReLU:
                for (int i = 0; i < delta.Length; i++)
                {
                    delta[i] = h[i] > 0f ? delta[i] : 0f;
                }

                break;
            default:
                throw new NotSupportedException($"The baseline implements the activations of the suite, not {activation}.");
        }
    }
}
