namespace NetGen.Training.Tests;

/// <summary>Each optimizer's first steps on a fixed gradient against the textbook rule written out here.</summary>
public class OptimizerTests
{
    private static readonly double[] Start = [0.5, -1.25, 2.0, 0.0];
    private static readonly double[] Gradient = [0.3, -0.7, 0.0, 2.5];
    private const double Eta = 0.1;
    private const int Steps = 4;

    [Fact]
    public void Sgd_steps_against_the_gradient()
    {
        double[] expected = (double[])Start.Clone();
        for (int t = 0; t < Steps; t++)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                expected[i] -= Eta * Gradient[i];
            }
        }

        AssertClose(expected, Run(Optimizer.Sgd()), 1e-15);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Momentum_accumulates_velocity(bool nesterov)
    {
        const double mu = 0.9;
        double[] expected = (double[])Start.Clone();
        double[] v = new double[Start.Length];
        for (int t = 0; t < Steps; t++)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                v[i] = mu * v[i] + Gradient[i];
                expected[i] -= nesterov ? Eta * (Gradient[i] + mu * v[i]) : Eta * v[i];
            }
        }

        AssertClose(expected, Run(Optimizer.Momentum(mu, nesterov)), 1e-14);
    }

    [Fact]
    public void Nesterov_and_classical_momentum_differ()
    {
        Assert.NotEqual(Run(Optimizer.Momentum(0.9, nesterov: false)), Run(Optimizer.Momentum(0.9, nesterov: true)));
    }

    [Fact]
    public void Adam_follows_the_bias_corrected_moments()
    {
        const double b1 = 0.8, b2 = 0.95, eps = 1e-6;
        double[] expected = (double[])Start.Clone();
        double[] m = new double[Start.Length];
        double[] s = new double[Start.Length];
        for (int t = 1; t <= Steps; t++)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                m[i] = b1 * m[i] + (1 - b1) * Gradient[i];
                s[i] = b2 * s[i] + (1 - b2) * Gradient[i] * Gradient[i];
                double mHat = m[i] / (1 - Math.Pow(b1, t));
                double sHat = s[i] / (1 - Math.Pow(b2, t));
                expected[i] -= Eta * mHat / (Math.Sqrt(sHat) + eps);
            }
        }

        AssertClose(expected, Run(Optimizer.Adam(b1, b2, eps)), 1e-13);
    }

    [Fact]
    public void Adams_first_step_is_the_learning_rate_times_the_gradients_sign()
    {
        double[] parameters = [1.0, 1.0];
        Optimizer.Adam(epsilon: 1e-12).CreateState<double>(2).Update(parameters, [4.0, -0.001], 0.01);

        Assert.Equal(0.99, parameters[0], 12);
        Assert.Equal(1.01, parameters[1], 8);
    }

    [Fact]
    public void Reset_forgets_the_velocity()
    {
        OptimizerState<double> state = Optimizer.Momentum(0.9).CreateState<double>(Start.Length);
        double[] first = (double[])Start.Clone();
        state.Update(first, Gradient, Eta);
        state.Reset();
        double[] second = (double[])Start.Clone();
        state.Update(second, Gradient, Eta);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Update_rejects_a_gradient_of_the_wrong_length()
    {
        OptimizerState<double> state = Optimizer.Sgd().CreateState<double>(4);
        double[] parameters = (double[])Start.Clone();

        var error = Assert.Throws<ArgumentException>(() => state.Update(parameters, new double[3], Eta));
        Assert.Contains("'gradient' must have length 4", error.Message);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    public void Momentum_outside_zero_to_one_is_rejected(double momentum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimizer.Momentum(momentum));
    }

    private static double[] Run(Optimizer optimizer)
    {
        double[] parameters = (double[])Start.Clone();
        OptimizerState<double> state = optimizer.CreateState<double>(parameters.Length);
        for (int t = 0; t < Steps; t++)
        {
            state.Update(parameters, Gradient, Eta);
        }

        return parameters;
    }

    private static void AssertClose(double[] expected, double[] actual, double relative)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            double tolerance = relative * Math.Max(1, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"parameter {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
