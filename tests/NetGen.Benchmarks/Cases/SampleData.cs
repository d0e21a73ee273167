using NetGen;

namespace NetGen.Benchmarks.Cases;

/// <summary>Deterministic weights, inputs and targets, so every implementation and every run sees the same numbers.</summary>
internal static class SampleData
{
    /// <summary>
    /// Weights uniform in +-sqrt(6 / fan) (He fan = inputs for ReLU, Glorot fan = inputs + units otherwise), so
    /// activations neither vanish nor saturate; biases uniform in +-0.1 rather than zero, so a misplaced bias shows.
    /// </summary>
    public static float[] Parameters(NetworkTopology topology, int seed)
    {
        var random = new Random(seed);
        var parameters = new float[topology.ParameterCount];
        foreach (LayerTopology layer in topology.Layers)
        {
            int fan = layer.Activation == Activation.ReLU ? layer.Inputs : layer.Inputs + layer.Units;
            float limit = MathF.Sqrt(6f / fan);
            Fill(random, parameters.AsSpan(layer.WeightOffset, layer.Inputs * layer.Units), limit);
            Fill(random, parameters.AsSpan(layer.BiasOffset, layer.Units), 0.1f);
        }

        return parameters;
    }

    /// <summary>Inputs uniform in [-1, 1].</summary>
    public static float[] Inputs(int count, int seed)
    {
        var values = new float[count];
        Fill(new Random(seed), values, 1f);
        return values;
    }

    /// <summary>Regression targets uniform in [0, 1] (a sigmoid output can reach them), or uniformly drawn classes.</summary>
    public static float[] Targets(NetworkTopology topology, int samples, int seed)
    {
        var random = new Random(seed);
        if (topology.Loss == Loss.SoftmaxCrossEntropy)
        {
            var labels = new float[samples];
            for (int i = 0; i < samples; i++)
            {
                labels[i] = random.Next(topology.OutputSize);
            }

            return labels;
        }

        var targets = new float[samples * topology.OutputSize];
        for (int i = 0; i < targets.Length; i++)
        {
            targets[i] = random.NextSingle();
        }

        return targets;
    }

    private static void Fill(Random random, Span<float> values, float limit)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ((2f * random.NextSingle()) - 1f) * limit;
        }
    }
}
