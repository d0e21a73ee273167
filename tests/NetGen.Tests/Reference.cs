using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>
/// A plain reference MLP: arrays and loops in double, written from the lecture's formulas without looking at the
/// generated code. The generated code must agree with it.
/// </summary>
public static class Reference
{
    public static double Activate(Activation activation, double z) => activation switch
    {
        Activation.Identity => z,
        Activation.Sigmoid => 1 / (1 + Math.Exp(-z)),
        Activation.Tanh => Math.Tanh(z),
        Activation.ReLU => Math.Max(0, z),
        Activation.LeakyReLU => z > 0 ? z : 0.01 * z,
        Activation.Softplus => Math.Log(1 + Math.Exp(z)),
        Activation.SiLU => z / (1 + Math.Exp(-z)),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    /// <summary>The pre-activations z(l+1) of every layer and the final output h(L+1).</summary>
    public static (List<double[]> PreActivations, double[] Output) Forward(NetworkCase net, double[] parameters, double[] x)
    {
        var pre = new List<double[]>();
        double[] h = x;
        int offset = 0;
        foreach ((int units, Activation activation) in net.Layers)
        {
            int inputs = h.Length;
            var z = new double[units];
            var next = new double[units];
            for (int k = 0; k < units; k++)
            {
                double sum = parameters[offset + (inputs * units) + k]; // b_k
                for (int j = 0; j < inputs; j++)
                {
                    sum += parameters[offset + (k * inputs) + j] * h[j]; // w_kj h_j
                }

                z[k] = sum;
                next[k] = Activate(activation, sum);
            }

            offset += (inputs * units) + units;
            pre.Add(z);
            h = next;
        }

        return (pre, h);
    }

    public static double Loss(NetworkCase net, double[] output, double[] target)
    {
        switch (net.Loss)
        {
            case NetGen.Loss.Hinge:
                return Math.Max(0, 1 - (target[0] * output[0]));
            case NetGen.Loss.Logistic:
                return Math.Log(1 + Math.Exp(-target[0] * output[0]));
            case NetGen.Loss.SquaredError:
                double sum = 0;
                for (int k = 0; k < output.Length; k++)
                {
                    sum += (output[k] - target[k]) * (output[k] - target[k]);
                }

                return sum / 2;
            default:
                double normalizer = output.Sum(Math.Exp);
                return -Math.Log(Math.Exp(output[(int)target[0]]) / normalizer);
        }
    }

    /// <summary>
    /// How far the sample is from a point where the loss is not differentiable: a ReLU-family pre-activation at 0 or a
    /// hinge margin at 0. Finite differences are only meaningful well away from those.
    /// </summary>
    public static double DistanceToKink(NetworkCase net, double[] parameters, double[] x, double[] target)
    {
        (List<double[]> pre, double[] output) = Forward(net, parameters, x);
        double distance = double.PositiveInfinity;
        for (int l = 0; l < net.Layers.Length; l++)
        {
            if (net.Layers[l].Activation is Activation.ReLU or Activation.LeakyReLU)
            {
                distance = Math.Min(distance, pre[l].Min(Math.Abs));
            }
        }

        if (net.Loss == NetGen.Loss.Hinge)
        {
            distance = Math.Min(distance, Math.Abs(1 - (target[0] * output[0])));
        }

        return distance;
    }
}
