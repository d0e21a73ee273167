namespace NetGen.Reliability.Tests.Networks;

/// <summary>
/// A plain multilayer perceptron in double, written from the lecture's formulas with arrays and loops, independent of
/// NetGen's code: z(l+1) = W(l) h(l) + b(l), h(l+1) = g(z(l+1)), the four losses, and backpropagation
/// delta(l) = W(l)^T delta(l+1) (.) g'(z(l)). Parameters use NetGen's documented layout: per layer W row-major, then b.
/// </summary>
public static class ReferenceMlp
{
    /// <summary>The pre-activations z of every layer and the values h, with H[0] = x and H[l + 1] = g(Z[l]).</summary>
    public sealed record Pass(double[][] Z, double[][] H)
    {
        public double[] Output => H[^1];
    }

    public static double Activate(Activation activation, double z) => activation switch
    {
        Activation.Identity => z,
        Activation.Sigmoid => Sigmoid(z),
        Activation.Tanh => Math.Tanh(z),
        Activation.ReLU => z > 0 ? z : 0,
        Activation.LeakyReLU => z > 0 ? z : 0.01 * z,
        Activation.Softplus => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z)),
        Activation.SiLU => z * Sigmoid(z),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    /// <summary>g'(z), with the documented values at the kinks: ReLU'(0) = 0, LeakyReLU'(0) = 0.01.</summary>
    public static double Derivative(Activation activation, double z) => activation switch
    {
        Activation.Identity => 1,
        Activation.Sigmoid => Sigmoid(z) * (1 - Sigmoid(z)),
        Activation.Tanh => 1 - (Math.Tanh(z) * Math.Tanh(z)),
        Activation.ReLU => z > 0 ? 1 : 0,
        Activation.LeakyReLU => z > 0 ? 1 : 0.01,
        Activation.Softplus => Sigmoid(z),
        Activation.SiLU => Sigmoid(z) * (1 + (z * (1 - Sigmoid(z)))),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    public static Pass Forward(Topology topology, double[] parameters, double[] x)
    {
        var z = new double[topology.Layers.Count][];
        var h = new double[topology.Layers.Count + 1][];
        h[0] = x;
        int offset = 0;
        for (int l = 0; l < topology.Layers.Count; l++)
        {
            int inputs = topology.InputsOf(l);
            Layer layer = topology.Layers[l];
            z[l] = new double[layer.Units];
            h[l + 1] = new double[layer.Units];
            for (int k = 0; k < layer.Units; k++)
            {
                double sum = parameters[offset + (inputs * layer.Units) + k]; // b_k
                for (int j = 0; j < inputs; j++)
                {
                    sum += parameters[offset + (k * inputs) + j] * h[l][j]; // w_kj h_j
                }

                z[l][k] = sum;
                h[l + 1][k] = Activate(layer.Activation, sum);
            }

            offset += (inputs * layer.Units) + layer.Units;
        }

        return new Pass(z, h);
    }

    public static double Loss(Topology topology, Pass pass, double[] target)
    {
        double[] z = pass.Z[^1];
        switch (topology.Loss)
        {
            case NetGen.Loss.Hinge:
                return Math.Max(0, 1 - (target[0] * z[0]));
            case NetGen.Loss.Logistic:
                double m = -target[0] * z[0];
                return Math.Max(0, m) + Math.Log(1 + Math.Exp(-Math.Abs(m)));
            case NetGen.Loss.SquaredError:
                double sum = 0;
                for (int k = 0; k < z.Length; k++)
                {
                    double e = pass.Output[k] - target[k];
                    sum += e * e;
                }

                return sum / 2;
            default:
                double max = z.Max();
                double log = Math.Log(z.Sum(v => Math.Exp(v - max))) + max;
                return log - z[(int)target[0]];
        }
    }

    /// <summary>dLoss/dz of the output layer.</summary>
    public static double[] OutputDelta(Topology topology, Pass pass, double[] target)
    {
        double[] z = pass.Z[^1];
        switch (topology.Loss)
        {
            case NetGen.Loss.Hinge:
                return [1 - (target[0] * z[0]) > 0 ? -target[0] : 0];
            case NetGen.Loss.Logistic:
                return [-target[0] * Sigmoid(-target[0] * z[0])];
            case NetGen.Loss.SquaredError:
                Activation activation = topology.Layers[^1].Activation;
                return z.Select((v, k) => (pass.Output[k] - target[k]) * Derivative(activation, v)).ToArray();
            default:
                double max = z.Max();
                double[] e = z.Select(v => Math.Exp(v - max)).ToArray();
                double sum = e.Sum();
                return e.Select((v, k) => (v / sum) - (k == (int)target[0] ? 1 : 0)).ToArray();
        }
    }

    /// <summary>The loss and dLoss/dtheta by backpropagation, in the Parameters layout.</summary>
    public static (double Loss, double[] Gradient) Gradient(Topology topology, double[] parameters, double[] x, double[] target)
    {
        Pass pass = Forward(topology, parameters, x);
        var gradient = new double[parameters.Length];
        var offsets = new int[topology.Layers.Count];
        for (int l = 1; l < offsets.Length; l++)
        {
            offsets[l] = offsets[l - 1] + (topology.InputsOf(l - 1) * topology.Layers[l - 1].Units) + topology.Layers[l - 1].Units;
        }

        double[] delta = OutputDelta(topology, pass, target);
        for (int l = topology.Layers.Count - 1; l >= 0; l--)
        {
            int inputs = topology.InputsOf(l);
            int units = topology.Layers[l].Units;
            for (int k = 0; k < units; k++)
            {
                for (int j = 0; j < inputs; j++)
                {
                    gradient[offsets[l] + (k * inputs) + j] = delta[k] * pass.H[l][j];
                }

                gradient[offsets[l] + (inputs * units) + k] = delta[k];
            }

            if (l > 0)
            {
                var below = new double[inputs];
                for (int j = 0; j < inputs; j++)
                {
                    double sum = 0;
                    for (int k = 0; k < units; k++)
                    {
                        sum += parameters[offsets[l] + (k * inputs) + j] * delta[k];
                    }

                    below[j] = sum * Derivative(topology.Layers[l - 1].Activation, pass.Z[l - 1][j]);
                }

                delta = below;
            }
        }

        return (Loss(topology, pass, target), gradient);
    }

    /// <summary>
    /// How far the sample is from a point where the loss is not differentiable: a ReLU or LeakyReLU pre-activation at 0,
    /// or the hinge margin 1 - y z at 0. Finite differences only mean something well away from those.
    /// </summary>
    public static double DistanceToKink(Topology topology, double[] parameters, double[] x, double[] target)
    {
        Pass pass = Forward(topology, parameters, x);
        double distance = double.PositiveInfinity;
        for (int l = 0; l < topology.Layers.Count; l++)
        {
            if (topology.Layers[l].Activation is Activation.ReLU or Activation.LeakyReLU)
            {
                distance = Math.Min(distance, pass.Z[l].Min(Math.Abs));
            }
        }

        if (topology.Loss == NetGen.Loss.Hinge)
        {
            distance = Math.Min(distance, Math.Abs(1 - (target[0] * pass.Z[^1][0])));
        }

        return distance;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
