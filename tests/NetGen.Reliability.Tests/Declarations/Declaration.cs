namespace NetGen.Reliability.Tests.Declarations;

/// <summary>What kind of type carries the attributes (or would, for the containers).</summary>
public enum TypeShape
{
    Class,
    AbstractClass,
    SealedClass,
    Struct,
    Record,
    RecordStruct,
    Interface,
    StaticClass,
    FileLocalClass,
}

/// <summary>Where the attributes are written: on the type itself, or (wrongly) on something else.</summary>
public enum AttributeTarget
{
    Type,
    Method,
    Property,
    Enum,
    Delegate,
}

/// <summary>Syntax errors near a declaration that must not change what NetGen says about it.</summary>
public enum Noise
{
    None,
    BrokenMemberInBody,
    BrokenClassAfter,
}

/// <summary>
/// Damage to the attributes themselves. The compiler reports these, and what NetGen then makes of the broken attribute
/// is not specified; only that it does not fail.
/// </summary>
public enum Relaxation
{
    None,
    MissingArguments,
    TrailingComma,
    DuplicateNamedArgument,
    WrongArgumentType,
    UnclosedAttributeList,
    IncompleteDeclarationAfter,
}

/// <summary>How an attribute's name is spelled: Network, NetworkAttribute, NetGen.Network, or through a using alias.</summary>
public enum Spelling
{
    Short,
    WithSuffix,
    Qualified,
    QualifiedWithSuffix,
    Alias,
}

/// <summary>An int or enum argument: the value the compiler will see and the expression written for it.</summary>
public sealed record Arg(int Value, string Text);

/// <summary>An attribute in one partial declaration (<see cref="Part"/>) of the type.</summary>
public abstract record AttributeModel(int Part, Spelling Spelling);

public sealed record NetworkModel(int Part, Spelling Spelling, Arg Loss, bool NamedLoss, Arg? Precision, Arg? Unroll, bool UnrollFirst)
    : AttributeModel(Part, Spelling);

public sealed record InputModel(int Part, Spelling Spelling, Arg Size, bool Named) : AttributeModel(Part, Spelling);

public enum DenseForm
{
    Positional,
    Named,
    NamedReversed,
}

public sealed record DenseModel(int Part, Spelling Spelling, Arg Units, Arg? Activation, DenseForm Form) : AttributeModel(Part, Spelling);

/// <summary>A type the network class is nested in, outermost first.</summary>
public sealed record ContainerModel(TypeShape Shape, bool Partial, bool Generic);

public enum MemberKind
{
    Method,
    Property,
    Field,
    NestedClass,
}

/// <summary>A member the user wrote, in the class or in its base class.</summary>
public sealed record MemberModel(string Name, MemberKind Kind, string Access = "public");

/// <summary>
/// One random declaration: a type that may or may not be a valid network, with everything that decides what NetGen
/// must report about it. Built by <see cref="DeclarationFactory"/>, written out by <see cref="DeclarationWriter"/>, and
/// judged by <see cref="ExpectedDiagnostics"/>.
/// </summary>
public sealed class Declaration
{
    public required int Id { get; init; }

    /// <summary>The type's name as written (@class, Réseau12, N\u0065t12).</summary>
    public required string Name { get; set; }

    /// <summary>The name the compiler sees (class, Réseau12, Net12).</summary>
    public required string NameValue { get; set; }

    /// <summary>The namespace as written, or null for the global namespace.</summary>
    public string? Namespace { get; set; }

    public string? NamespaceValue { get; set; }

    public bool FileScopedNamespace { get; set; }

    /// <summary>A lower-case keyword as type name (@class) needs CS8981 silenced to be warning-free.</summary>
    public bool KeywordName { get; set; }

    public List<ContainerModel> Containers { get; } = [];

    public TypeShape Shape { get; set; } = TypeShape.Class;

    public bool Partial { get; set; } = true;

    public bool Generic { get; set; }

    /// <summary>Partial declarations, each in a file of its own.</summary>
    public int Parts { get; set; } = 1;

    /// <summary>The attributes in the order the compiler sees them: by part, then in source order.</summary>
    public List<AttributeModel> Attributes { get; set; } = [];

    public bool GroupedAttributeLists { get; set; }

    public List<MemberModel> Members { get; } = [];

    /// <summary>Members of a base class the type derives from; null when it has no base class.</summary>
    public List<MemberModel>? BaseMembers { get; set; }

    public AttributeTarget Target { get; set; }

    public Noise Noise { get; set; }

    public Relaxation Relaxation { get; set; }

    /// <summary>Which attribute <see cref="Relaxation"/> damages.</summary>
    public int RelaxedAttribute { get; set; }

    /// <summary>Types declared beside the network with the names of types its generated code uses (Math, Span, NetGen).</summary>
    public List<string> Shadows { get; } = [];

    /// <summary>A second, valid network whose name differs from this one's only in case (Net12 and NET12).</summary>
    public string? CaseTwin { get; set; }

    public IEnumerable<NetworkModel> Networks => Attributes.OfType<NetworkModel>();

    public IEnumerable<InputModel> Inputs => Attributes.OfType<InputModel>();

    public IEnumerable<DenseModel> Denses => Attributes.OfType<DenseModel>();

    /// <summary>The name reflection and GetTypeByMetadataName know the type by (Outer+Net12, Net12`1).</summary>
    public string MetadataName => MetadataNameOf(NameValue, Generic, Containers);

    public string? CaseTwinMetadataName => CaseTwin is null ? null : MetadataNameOf(CaseTwin, false, []);

    public bool NamesNetGen => Shadows.Contains("NetGen") || (NamespaceValue?.Split('.').Contains("NetGen") ?? false);

    private string MetadataNameOf(string name, bool generic, IReadOnlyList<ContainerModel> containers)
    {
        var path = new List<string>();
        for (int i = 0; i < containers.Count; i++)
        {
            path.Add(ContainerName(i) + (containers[i].Generic ? "`1" : string.Empty));
        }

        path.Add(name + (generic ? "`1" : string.Empty));
        string nested = string.Join("+", path);
        return NamespaceValue is null ? nested : NamespaceValue + "." + nested;
    }

    public string ContainerName(int index) => $"Outer{Id}_{index}";

    /// <summary>A copy to change without changing this one (the lists are copied; their items are immutable).</summary>
    public Declaration Clone()
    {
        var copy = new Declaration
        {
            Id = Id,
            Name = Name,
            NameValue = NameValue,
            Namespace = Namespace,
            NamespaceValue = NamespaceValue,
            FileScopedNamespace = FileScopedNamespace,
            KeywordName = KeywordName,
            Shape = Shape,
            Partial = Partial,
            Generic = Generic,
            Parts = Parts,
            Attributes = [.. Attributes],
            GroupedAttributeLists = GroupedAttributeLists,
            BaseMembers = BaseMembers is null ? null : [.. BaseMembers],
            Target = Target,
            Noise = Noise,
            Relaxation = Relaxation,
            RelaxedAttribute = RelaxedAttribute,
            CaseTwin = CaseTwin,
        };
        copy.Containers.AddRange(Containers);
        copy.Members.AddRange(Members);
        copy.Shadows.AddRange(Shadows);
        return copy;
    }
}
