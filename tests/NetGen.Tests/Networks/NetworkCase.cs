namespace NetGen.Tests.Networks;

/// <summary>A test network and its architecture, stated independently of the generator.</summary>
public sealed record NetworkCase(
    string Name,
    Func<object> Create,
    int InputSize,
    Loss Loss,
    Precision Precision,
    (int Units, Activation Activation)[] Layers)
{
    public int OutputSize => Layers[^1].Units;

    public int ParameterCount
    {
        get
        {
            int count = 0;
            int inputs = InputSize;
            foreach ((int units, _) in Layers)
            {
                count += (inputs * units) + units;
                inputs = units;
            }

            return count;
        }
    }

    public int TargetSize => Loss == Loss.SquaredError ? OutputSize : 1;

    /// <summary>The same architecture in the other precision: the twin of a float network is its double one.</summary>
    public NetworkCase Twin => TestNetworks.ByName(Name[..^1] + (Precision == Precision.Single ? "D" : "F"));

    public override string ToString() => Name;
}

public static partial class TestNetworks
{
    public static NetworkCase ByName(string name) => All.Single(c => c.Name == name);

    public static IEnumerable<object[]> Names(Precision? precision = null) =>
        All.Where(c => precision is null || c.Precision == precision).Select(c => new object[] { c.Name });

    public static IEnumerable<object[]> DoubleNames => Names(Precision.Double);

    public static IEnumerable<object[]> SingleNames => Names(Precision.Single);

    public static IEnumerable<object[]> AllNames => Names();
}
