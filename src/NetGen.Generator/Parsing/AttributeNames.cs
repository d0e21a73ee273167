namespace NetGen.Generator.Parsing;

/// <summary>Metadata names of the attributes in the NetGen runtime library.</summary>
internal static class AttributeNames
{
    public const string Namespace = "NetGen";
    public const string Network = "NetGen.NetworkAttribute";
    public const string Input = "NetGen.InputAttribute";
    public const string Dense = "NetGen.DenseAttribute";
    public const string NetworkName = "NetworkAttribute";
    public const string InputName = "InputAttribute";
    public const string DenseName = "DenseAttribute";
}
