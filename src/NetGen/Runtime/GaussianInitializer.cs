using System;
using System.ComponentModel;

namespace NetGen.Runtime;

/// <summary>
/// Draws the lecture's small random Gaussian(0, sigma^2) initial weights. Its own generator (SplitMix64 feeding the
/// Marsaglia polar method) is fixed here rather than taken from <see cref="Random"/>, so a seed gives the same weights
/// on every run and in every version of this library.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct GaussianInitializer
{
    /// <summary>
    /// The seed a generated network's constructor draws its initial weights with: a new network holds bitwise what its
    /// <c>InitializeParameters(DefaultSeed)</c> gives (the generated class repeats it as its own <c>DefaultSeed</c>).
    /// </summary>
    public const int DefaultSeed = 0;

    private ulong _state;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Starts the sequence for <paramref name="seed"/>.</summary>
    public GaussianInitializer(int seed)
    {
        _state = 0x9E3779B97F4A7C15UL ^ (ulong)(uint)seed;
        _spare = 0;
        _hasSpare = false;
    }

    /// <summary>Glorot (Xavier) normal: sigma = sqrt(2 / (fanIn + fanOut)); for sigmoid, tanh and identity layers.</summary>
    public static double GlorotSigma(int fanIn, int fanOut) => Math.Sqrt(2.0 / (fanIn + fanOut));

    /// <summary>He (Kaiming) normal: sigma = sqrt(2 / fanIn); for the ReLU family.</summary>
    public static double HeSigma(int fanIn) => Math.Sqrt(2.0 / fanIn);

    /// <summary>Fills <paramref name="values"/> with Gaussian(0, sigma^2) draws.</summary>
    public void Fill(Span<float> values, double sigma)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(sigma * NextStandardNormal());
        }
    }

    /// <summary>Fills <paramref name="values"/> with Gaussian(0, sigma^2) draws.</summary>
    public void Fill(Span<double> values, double sigma)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = sigma * NextStandardNormal();
        }
    }

    /// <summary>The next draw from Gaussian(0, 1).</summary>
    public double NextStandardNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = 2.0 * NextUniform() - 1.0;
            v = 2.0 * NextUniform() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>A uniform draw in [0, 1) with 53 random bits.</summary>
    public double NextUniform() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
