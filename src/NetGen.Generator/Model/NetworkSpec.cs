namespace NetGen.Generator.Model;

/// <summary>
/// Mirrors NetGen.Activation (same names, same values); the generator cannot reference the runtime library, and a test
/// pins the two together.
/// </summary>
internal enum ActivationKind
{
    Identity = 0,
    Sigmoid = 1,
    Tanh = 2,
    ReLU = 3,
    LeakyReLU = 4,
    Softplus = 5,
    SiLU = 6,
}

/// <summary>Mirrors NetGen.Loss.</summary>
internal enum LossKind
{
    Hinge = 0,
    Logistic = 1,
    SquaredError = 2,
    SoftmaxCrossEntropy = 3,
}

/// <summary>Mirrors NetGen.Precision.</summary>
internal enum PrecisionKind
{
    Single = 0,
    Double = 1,
}

/// <summary>Mirrors NetGen.Unrolling.</summary>
internal enum UnrollingKind
{
    Auto = 0,
    Always = 1,
    Never = 2,
}

/// <summary>One [Dense] layer: its number of neurons and its activation.</summary>
internal sealed record LayerSpec(int Units, ActivationKind Activation);

/// <summary>A type that encloses the network class, outermost first, as it must be re-declared: "partial class Outer".</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);

/// <summary>
/// Everything the emitter needs to write one network, as plain values: no symbols, no syntax. Compared by value, so an
/// edit that does not change the network leaves the pipeline's output cached.
/// </summary>
internal sealed record NetworkSpec(
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string TypeName,
    string FullyQualifiedName,
    LossKind Loss,
    PrecisionKind Precision,
    UnrollingKind Unroll,
    int InputSize,
    EquatableArray<LayerSpec> Layers)
{
    public int OutputSize => Layers[Layers.Count - 1].Units;

    /// <summary>
    /// A file name unique within the compilation: the metadata name with nested-type and generic markers flattened, and
    /// without the '@' of keywords used as names (namespace @event), which a hint name may not contain.
    /// </summary>
    public string HintName => FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty).Replace('<', '_').Replace('>', '_')
        + (HasCaseTwin ? "-" + CaseSensitiveHash(FullyQualifiedName) : string.Empty) + ".g.cs";

    /// <summary>
    /// Another type in the compilation has the same full name up to case (Net and NET). Roslyn compares hint names ignoring
    /// case, so such a network's file name also carries a hash of its exact name.
    /// </summary>
    public bool HasCaseTwin { get; init; }

    /// <summary>FNV-1a of the name's UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static string CaseSensitiveHash(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What the parser makes of one [Network] declaration: a spec to emit, or the errors that stop it.</summary>
internal sealed record ParseResult(NetworkSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
