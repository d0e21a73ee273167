using NetGen.Tests.Networks;

namespace NetGen.Tests;

/// <summary>Values computed outside this project, with PyTorch autograd in float64.</summary>
public class ReferenceValueTests
{
    [Fact]
    public void Softmax_cross_entropy_loss_and_output_bias_gradient_match_PyTorch_autograd()
    {
        var net = new PyTorchReferenceNet();
        Span<double> p = net.Parameters;
        NetworkTopology topology = PyTorchReferenceNet.Topology;
        LayerTopology hidden = topology.Layers[0];
        LayerTopology output = topology.Layers[1];
        for (int j = 0; j < 8; j++)
        {
            for (int i = 0; i < 4; i++)
            {
                p[hidden.WeightOffset + (j * 4) + i] = 0.1 * ((((3 * j) + (5 * i)) % 11) - 5);
            }

            p[hidden.BiasOffset + j] = 0.05 * (j - 3.5);
        }

        for (int k = 0; k < 3; k++)
        {
            for (int j = 0; j < 8; j++)
            {
                p[output.WeightOffset + (k * 8) + j] = 0.1 * ((((7 * k) + (2 * j)) % 9) - 4);
            }

            p[output.BiasOffset + k] = 0.1 * (k - 1);
        }

        double[] x = [0.5, -1, 1.5, 2];
        var gradient = new double[PyTorchReferenceNet.ParameterCount];
        double loss = net.AccumulateGradient(x, 2, gradient);

        Assert.Equal(1.5189613911074937, loss, 1e-12);
        double[] expectedBiasGradient = [0.37321707219378325, 0.40784376673928852, -0.78106083893307177];
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(expectedBiasGradient[k], gradient[output.BiasOffset + k], 1e-12);
        }

        Assert.Equal(loss, net.ComputeLoss(x, 2), 1e-15);
    }
}
