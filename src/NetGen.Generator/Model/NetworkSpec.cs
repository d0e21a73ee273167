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
    public string HintName => HintStem + (HasCaseTwin ? "-" + CaseSensitiveHash(FullyQualifiedName) : string.Empty) + ".g.cs";

    /// <summary>The hint name without its case-twin hash and extension: what two networks' file names must not share up to case.</summary>
    public string HintStem => FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty).Replace('<', '_').Replace('>', '_');

    /// <summary>
    /// Another generated network's file name equals this one's up to case (Net and NET). Roslyn compares hint names
    /// ignoring case, so such a network's file name also carries a hash of its exact name. Set by the pipeline, which sees
    /// every network (<see cref="CaseTwins"/>); the parser, which sees one, leaves it false.
    /// </summary>
    public bool HasCaseTwin { get; init; }

    /// <summary>
    /// Null for a network to generate in full. Set for a declaration with errors whose generated members are known all
    /// the same (the class's shape, loss and precision are valid): NetGen then writes only their signatures, with bodies
    /// that throw, so that the user's uses of them do not bury the NG errors under CS1061 errors. Its
    /// <see cref="InputSize"/> is 0 when unknown and its <see cref="Layers"/> hold what could be read.
    /// </summary>
    public SignaturesOnlySpec? SignaturesOnly { get; init; }

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

/// <summary>Why and how a network with errors is written as signatures only (<see cref="NetworkSpec.SignaturesOnly"/>).</summary>
/// <param name="Errors">The NG errors that stop the full generation, in order; empty when only the compiler's errors on
/// malformed attributes do.</param>
/// <param name="Outputs">The number of outputs the members are written for: the output layer's units, or, when those are
/// not known, the count the loss requires (1 for Hinge and Logistic, at least 2 for SoftmaxCrossEntropy).</param>
/// <param name="OutputsDeclared">True when <paramref name="Outputs"/> is the output layer's declared, valid units.</param>
/// <param name="LayersDeclared">True when the input size and every layer are known and valid, so the parameter count is.</param>
internal sealed record SignaturesOnlySpec(EquatableArray<string> Errors, int Outputs, bool OutputsDeclared, bool LayersDeclared);

/// <summary>
/// What the parser makes of one [Network] declaration: a spec to emit, or the errors that stop it, with the
/// signatures-only spec when the generated members are known (<see cref="NetworkSpec.SignaturesOnly"/>).
/// </summary>
internal sealed record ParseResult(NetworkSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>For a declaration that does not speak for its type (another partial declaration carries its [Network]).</summary>
    public static readonly ParseResult None = new(null, EquatableArray<DiagnosticInfo>.Empty);

    public System.Collections.Immutable.ImmutableArray<NetworkSpec> Specs =>
        Spec is null ? System.Collections.Immutable.ImmutableArray<NetworkSpec>.Empty : System.Collections.Immutable.ImmutableArray.Create(Spec);
}

/// <summary>Which networks' file names collide up to case.</summary>
internal static class CaseTwins
{
    /// <summary>The stems (<see cref="NetworkSpec.HintStem"/>) that several networks share up to case, upper-cased and sorted.</summary>
    public static EquatableArray<string> Among(System.Collections.Immutable.ImmutableArray<NetworkSpec> specs)
    {
        if (specs.Length < 2)
        {
            return EquatableArray<string>.Empty;
        }

        // Roslyn keeps hint names unique under OrdinalIgnoreCase; the upper-cased key makes the set independent of order.
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var shared = new System.Collections.Generic.SortedSet<string>(System.StringComparer.Ordinal);
        foreach (NetworkSpec spec in specs)
        {
            string key = spec.HintStem.ToUpperInvariant();
            if (!seen.Add(key))
            {
                shared.Add(key);
            }
        }

        return shared.Count == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(shared);
    }

    /// <summary><paramref name="spec"/>, marked when its stem is among <paramref name="shared"/>.</summary>
    public static NetworkSpec Mark(NetworkSpec spec, EquatableArray<string> shared)
    {
        if (shared.Count == 0)
        {
            return spec;
        }

        string stem = spec.HintStem;
        foreach (string twin in shared)
        {
            if (string.Equals(twin, stem, System.StringComparison.OrdinalIgnoreCase))
            {
                return spec with { HasCaseTwin = true };
            }
        }

        return spec;
    }
}
