namespace NetGen.Reliability.Tests.Declarations;

/// <summary>
/// Draws random declarations: a valid network first (every loss, activation, precision and code form, several ways of
/// spelling each attribute and argument, nesting, partial declarations in several files, unusual names and namespaces),
/// then zero to three mutations that break it in one of the ways users do. Deterministic for a given Random.
/// </summary>
public static class DeclarationFactory
{
    private static readonly string[] s_lossNames = Enum.GetNames<Loss>();
    private static readonly string[] s_activationNames = Enum.GetNames<Activation>();
    private static readonly string[] s_keywords = ["class", "event", "object", "string", "operator", "checked", "base"];
    private static readonly string[] s_shadowNames = ["Math", "MathF", "Span", "ReadOnlySpan", "Guard", "Runtime", "System", "INetwork", "NetGen", "Vector256"];
    private static readonly string[] s_harmlessMembers = ["TargetSize", "LossFunction", "Train", "Weights", "Describe", "Forward2", "Backward", "Predict", "Classify"];

    private delegate void Mutation(Declaration d, Random r);

    private static readonly (int Weight, Mutation Apply)[] s_mutations =
    [
        (3, ChangeShape),
        (2, MakeNonPartial),
        (2, MakeGeneric),
        (2, AddBrokenContainer),
        (2, (d, r) => d.Attributes.RemoveAll(a => a is NetworkModel)),
        (2, (d, r) => d.Attributes.RemoveAll(a => a is InputModel)),
        (2, (d, r) => d.Attributes.RemoveAll(a => a is DenseModel)),
        (2, RepeatNetwork),
        (2, RepeatInput),
        (3, NonPositiveSize),
        (3, HugeSize),
        (3, UndefinedEnumValue),
        (3, MismatchLoss),
        (2, SplitDenses),
        (3, CollidingMember),
        (2, CollidingBaseMember),
        (2, MisplaceAttributes),
        (2, (d, r) => d.Noise = Pick(r, Noise.BrokenMemberInBody, Noise.BrokenClassAfter)),
        (2, Relax),
    ];

    public static Declaration Create(Random r, int id)
    {
        Declaration d = CreateValid(r, id);
        int mutations = Pick(r, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3);
        int total = s_mutations.Sum(m => m.Weight);
        for (int i = 0; i < mutations; i++)
        {
            int ticket = r.Next(total);
            foreach ((int weight, Mutation apply) in s_mutations)
            {
                if ((ticket -= weight) < 0)
                {
                    apply(d, r);
                    break;
                }
            }
        }

        return d;
    }

    private static Declaration CreateValid(Random r, int id)
    {
        var d = new Declaration { Id = id, Name = $"Net{id}", NameValue = $"Net{id}" };
        ChooseNamespace(d, r);
        ChooseName(d, r);

        if (d.Namespace is not null && r.NextDouble() < 0.2)
        {
            foreach (string shadow in s_shadowNames.OrderBy(_ => r.Next()).Take(r.Next(1, 5)))
            {
                d.Shadows.Add(shadow);
            }
        }

        int containers = Pick(r, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2);
        for (int i = 0; i < containers; i++)
        {
            d.Containers.Add(new ContainerModel(Pick(r, TypeShape.Class, TypeShape.Class, TypeShape.Struct, TypeShape.Record, TypeShape.RecordStruct, TypeShape.Interface, TypeShape.StaticClass), Partial: true, Generic: false));
        }

        d.Shape = Pick(r, TypeShape.Class, TypeShape.Class, TypeShape.Class, TypeShape.Class, TypeShape.AbstractClass, TypeShape.SealedClass);
        d.GroupedAttributeLists = r.Next(4) == 0;

        var loss = (Loss)r.Next(4);
        bool medium = r.Next(12) == 0;
        int layerCount = Pick(r, 1, 1, 2, 2, 3, 4);
        if (medium && loss is Loss.Hinge or Loss.Logistic)
        {
            layerCount = Math.Max(layerCount, 2);
        }

        string q = d.NamesNetGen ? "global::NetGen." : "NetGen.";
        d.Attributes.Add(new NetworkModel(
            0,
            RandomSpelling(r),
            EnumArg(r, "Loss", (int)loss, s_lossNames, q),
            NamedLoss: r.Next(4) == 0,
            Precision: r.Next(3) switch
            {
                0 => null,
                1 => EnumArg(r, "Precision", 0, Enum.GetNames<Precision>(), q),
                _ => EnumArg(r, "Precision", 1, Enum.GetNames<Precision>(), q),
            },
            Unroll: r.Next(2) == 0 ? null : EnumArg(r, "Unrolling", r.Next(3), Enum.GetNames<Unrolling>(), q),
            UnrollFirst: r.Next(2) == 0));
        d.Attributes.Add(new InputModel(0, RandomSpelling(r), medium ? Literal(r.Next(ExpectedDiagnostics.Medium, 65)) : SmallSize(r), Named: r.Next(4) == 0));

        for (int l = 0; l < layerCount; l++)
        {
            bool isOutput = l == layerCount - 1;
            int units = medium && l == 0
                ? r.Next(ExpectedDiagnostics.Medium, 65)
                : isOutput ? loss switch { Loss.Hinge or Loss.Logistic => 1, Loss.SoftmaxCrossEntropy => r.Next(2, 4), _ => r.Next(1, 4) } : r.Next(1, 4);
            int? activation = isOutput && loss != Loss.SquaredError
                ? (r.Next(2) == 0 ? null : 0)
                : r.Next(4) == 0 ? null : r.Next(7);
            d.Attributes.Add(Dense(r, units, activation, q));
        }

        // Shuffle the attributes of the type: their relative order only matters among the [Dense].
        ShuffleNonDense(d, r);

        foreach (string name in s_harmlessMembers.OrderBy(_ => r.Next()).Take(Pick(r, 0, 0, 1, 2)))
        {
            d.Members.Add(new MemberModel(name, RandomMemberKind(r, name)));
        }

        if (r.Next(10) == 0)
        {
            // A base class whose private members share generated names: hidden from the class, so no collision.
            d.BaseMembers = [new MemberModel("Forward", MemberKind.Method, "private"), new MemberModel("Parameters", MemberKind.Property, "private"), new MemberModel("Weights2", MemberKind.Method)];
        }

        if (r.Next(6) == 0)
        {
            SpreadOverParts(d, r);
        }

        if (d.Containers.Count == 0 && !d.KeywordName && d.Name == $"Net{id}" && r.Next(15) == 0)
        {
            d.CaseTwin = $"NET{id}";
        }

        return d;
    }

    private static void ChooseNamespace(Declaration d, Random r)
    {
        (string? written, string? value) = r.Next(10) switch
        {
            0 or 1 => ((string?)null, (string?)null),
            2 => ($"@event.F{d.Id}", $"event.F{d.Id}"),
            3 => ($"System.F{d.Id}", $"System.F{d.Id}"),
            4 => ($"F{d.Id}.NetGen", $"F{d.Id}.NetGen"),
            5 => ($"F{d.Id}.Inner.Most", $"F{d.Id}.Inner.Most"),
            _ => ($"F{d.Id}", $"F{d.Id}"),
        };
        d.Namespace = written;
        d.NamespaceValue = value;
        d.FileScopedNamespace = written is not null && r.Next(2) == 0;
    }

    private static void ChooseName(Declaration d, Random r)
    {
        switch (r.Next(12))
        {
            case 0:
                d.Name = $"@Net{d.Id}";
                break;
            case 1:
                d.Name = d.NameValue = $"Réseau{d.Id}";
                break;
            case 2:
                d.Name = $"N\\u0065t{d.Id}";
                break;
            case 3 when d.Namespace is not null:
                string keyword = Pick(r, s_keywords);
                d.Name = "@" + keyword;
                d.NameValue = keyword;
                d.KeywordName = true;
                break;
        }
    }

    private static void ShuffleNonDense(Declaration d, Random r)
    {
        List<AttributeModel> denses = d.Attributes.OfType<DenseModel>().Cast<AttributeModel>().ToList();
        List<AttributeModel> others = d.Attributes.Where(a => a is not DenseModel).OrderBy(_ => r.Next()).ToList();
        int insertAt = r.Next(others.Count + 1);
        others.InsertRange(insertAt, denses);
        d.Attributes = others;
    }

    /// <summary>[Network], [Input] and the [Dense] block each go to one of two or three partial declarations.</summary>
    private static void SpreadOverParts(Declaration d, Random r)
    {
        d.Parts = r.Next(2, 4);
        MakeAllPartial(d);
        int densePart = r.Next(d.Parts);
        d.Attributes = d.Attributes
            .Select(a => a is DenseModel ? a with { Part = densePart } : a with { Part = r.Next(d.Parts) })
            .OrderBy(a => a.Part)
            .ToList();
    }

    private static void MakeAllPartial(Declaration d)
    {
        d.Partial = true;
        for (int i = 0; i < d.Containers.Count; i++)
        {
            d.Containers[i] = d.Containers[i] with { Partial = true };
        }

        if (d.Shape == TypeShape.FileLocalClass)
        {
            d.Shape = TypeShape.Class;
        }
    }

    private static void ChangeShape(Declaration d, Random r)
    {
        d.Shape = Pick(r, TypeShape.Struct, TypeShape.Record, TypeShape.RecordStruct, TypeShape.Interface, TypeShape.StaticClass, TypeShape.FileLocalClass);
        if (d.Shape == TypeShape.FileLocalClass && (d.Parts > 1 || d.Containers.Count > 0 || d.CaseTwin is not null))
        {
            d.Shape = TypeShape.Struct; // file-local types are top-level and in one file
        }
    }

    private static void MakeNonPartial(Declaration d, Random r)
    {
        if (d.Parts == 1)
        {
            d.Partial = false;
        }
    }

    private static void MakeGeneric(Declaration d, Random r) => d.Generic = true;

    private static void AddBrokenContainer(Declaration d, Random r)
    {
        if (d.Shape == TypeShape.FileLocalClass || d.CaseTwin is not null)
        {
            return;
        }

        // Broken: generic, or not partial (which a type spread over several files cannot be without CS0260).
        bool generic = r.Next(2) == 0;
        bool partial = d.Parts > 1 || (generic && r.Next(2) == 0);
        d.Containers.Insert(r.Next(d.Containers.Count + 1), new ContainerModel(Pick(r, TypeShape.Class, TypeShape.Struct, TypeShape.Record, TypeShape.StaticClass), partial, generic));
    }

    private static void RepeatNetwork(Declaration d, Random r)
    {
        string q = d.NamesNetGen ? "global::NetGen." : "NetGen.";
        Insert(d, r, new NetworkModel(r.Next(d.Parts), RandomSpelling(r), EnumArg(r, "Loss", r.Next(4), s_lossNames, q), false, null, null, false));
    }

    private static void RepeatInput(Declaration d, Random r) =>
        Insert(d, r, new InputModel(r.Next(d.Parts), RandomSpelling(r), SmallSize(r), Named: false));

    private static void NonPositiveSize(Declaration d, Random r) => ReplaceSize(d, r, NonPositive(r));

    private static void HugeSize(Declaration d, Random r) => ReplaceSize(d, r, Pick(r, new Arg(100_000, "100000"), new Arg(ExpectedDiagnostics.Huge, "46341"), new Arg(1 << 20, "1 << 20"), new Arg(int.MaxValue, "int.MaxValue"), new Arg(int.MaxValue, "0x7FFFFFFF")));

    private static void ReplaceSize(Declaration d, Random r, Arg size)
    {
        var sized = d.Attributes.Select((a, i) => (a, i)).Where(x => x.a is InputModel or DenseModel).ToList();
        if (sized.Count == 0)
        {
            return;
        }

        (AttributeModel attribute, int index) = Pick(r, sized.ToArray());
        d.Attributes[index] = attribute switch
        {
            InputModel input => input with { Size = size },
            DenseModel dense => dense with { Units = size },
            _ => attribute,
        };
    }

    private static void UndefinedEnumValue(Declaration d, Random r)
    {
        var candidates = d.Attributes.Select((a, i) => (a, i)).Where(x => x.a is NetworkModel or DenseModel).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        (AttributeModel attribute, int index) = Pick(r, candidates.ToArray());
        d.Attributes[index] = attribute switch
        {
            NetworkModel network => r.Next(3) switch
            {
                0 => network with { Loss = Undefined(r, "Loss", 4, -1, 99) },
                1 => network with { Precision = Undefined(r, "Precision", 2, -3) },
                _ => network with { Unroll = Undefined(r, "Unrolling", 3, -1) },
            },
            DenseModel dense => dense with { Activation = Undefined(r, "Activation", 7, -1, 42), Form = dense.Form },
            _ => attribute,
        };
    }

    private static void MismatchLoss(Declaration d, Random r)
    {
        int last = d.Attributes.FindLastIndex(a => a is DenseModel);
        int networkIndex = d.Attributes.FindIndex(a => a is NetworkModel);
        if (last < 0 || networkIndex < 0)
        {
            return;
        }

        var network = (NetworkModel)d.Attributes[networkIndex];
        var output = (DenseModel)d.Attributes[last];
        string q = d.NamesNetGen ? "global::NetGen." : "NetGen.";
        switch ((Loss)network.Loss.Value)
        {
            case Loss.Hinge or Loss.Logistic:
                d.Attributes[last] = r.Next(2) == 0
                    ? output with { Units = Literal(r.Next(2, 5)) }
                    : output with { Activation = EnumArg(r, "Activation", r.Next(1, 7), s_activationNames, q) };
                break;
            case Loss.SoftmaxCrossEntropy:
                d.Attributes[last] = r.Next(2) == 0
                    ? output with { Units = Literal(1), Activation = null, Form = DenseForm.Positional }
                    : output with { Activation = EnumArg(r, "Activation", r.Next(1, 7), s_activationNames, q) };
                break;
            case Loss.SquaredError:
                d.Attributes[networkIndex] = network with { Loss = EnumArg(r, "Loss", Pick(r, 0, 1, 3), s_lossNames, q) };
                d.Attributes[last] = output with { Activation = EnumArg(r, "Activation", r.Next(1, 7), s_activationNames, q) };
                break;
        }
    }

    /// <summary>Some [Dense] move to another partial declaration, so their order is no longer defined.</summary>
    private static void SplitDenses(Declaration d, Random r)
    {
        var denses = d.Attributes.Select((a, i) => (a, i)).Where(x => x.a is DenseModel).ToList();
        if (denses.Count < 2 || d.Shape == TypeShape.FileLocalClass)
        {
            return;
        }

        if (d.Parts == 1)
        {
            d.Parts = 2;
            MakeAllPartial(d);
        }

        int from = r.Next(1, denses.Count);
        int otherPart = (denses[0].a.Part + r.Next(1, d.Parts)) % d.Parts;
        foreach ((AttributeModel attribute, int index) in denses.Skip(from))
        {
            d.Attributes[index] = attribute with { Part = otherPart };
        }

        d.Attributes = d.Attributes.OrderBy(a => a.Part).ToList();
    }

    private static void CollidingMember(Declaration d, Random r)
    {
        string name = Pick(r, "InputSize", "OutputSize", "ParameterCount", "Topology", "Parameters", "_parameters", "_stepRecord", "InitializeParameters", "Forward", "ForwardBatch", "ComputeLoss", "AccumulateGradient", "TrainStep");
        if (d.Members.All(m => m.Name != name))
        {
            d.Members.Add(new MemberModel(name, RandomMemberKind(r, name)));
        }
    }

    private static void CollidingBaseMember(Declaration d, Random r)
    {
        string name = Pick(r, "InputSize", "Topology", "Parameters", "InitializeParameters", "Forward", "TrainStep", "ComputeLoss");
        d.BaseMembers ??= [];
        if (d.BaseMembers.All(m => m.Name != name))
        {
            d.BaseMembers.Add(new MemberModel(name, Pick(r, MemberKind.Method, MemberKind.Property), Pick(r, "public", "protected")));
        }
    }

    private static void MisplaceAttributes(Declaration d, Random r)
    {
        if (d.Parts > 1 || d.CaseTwin is not null)
        {
            return;
        }

        d.Target = Pick(r, AttributeTarget.Method, AttributeTarget.Property, AttributeTarget.Enum, AttributeTarget.Delegate);
    }

    private static void Relax(Declaration d, Random r)
    {
        if (d.Attributes.Count == 0)
        {
            return;
        }

        d.Relaxation = Pick(r, Relaxation.MissingArguments, Relaxation.TrailingComma, Relaxation.DuplicateNamedArgument, Relaxation.WrongArgumentType, Relaxation.UnclosedAttributeList, Relaxation.IncompleteDeclarationAfter);
        d.RelaxedAttribute = r.Next(d.Attributes.Count);
    }

    private static void Insert(Declaration d, Random r, AttributeModel attribute)
    {
        d.Attributes.Insert(r.Next(d.Attributes.Count + 1), attribute);
        d.Attributes = d.Attributes.OrderBy(a => a.Part).ToList();
    }

    private static DenseModel Dense(Random r, int units, int? activation, string q)
    {
        Arg? activationArg = activation is null ? null : EnumArg(r, "Activation", activation.Value, s_activationNames, q);
        DenseForm form = activationArg is null ? Pick(r, DenseForm.Positional, DenseForm.Named) : Pick(r, DenseForm.Positional, DenseForm.Positional, DenseForm.Named, DenseForm.NamedReversed);
        return new DenseModel(0, RandomSpelling(r), units <= 6 ? SmallSizeOf(r, units) : Literal(units), activationArg, form);
    }

    private static Spelling RandomSpelling(Random r) => Pick(r, Spelling.Short, Spelling.Short, Spelling.Short, Spelling.WithSuffix, Spelling.Qualified, Spelling.QualifiedWithSuffix, Spelling.Alias);

    private static MemberKind RandomMemberKind(Random r, string name) =>
        char.IsUpper(name[0]) ? Pick(r, MemberKind.Method, MemberKind.Property, MemberKind.Field, MemberKind.NestedClass) : Pick(r, MemberKind.Method, MemberKind.Property, MemberKind.Field);

    private static Arg Literal(int value) => new(value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // Small on purpose: the generated code of every valid declaration is compiled, and these tests are about declarations.
    private static Arg SmallSize(Random r) => SmallSizeOf(r, r.Next(1, 4));

    private static Arg SmallSizeOf(Random r, int n) => new(n, r.Next(6) switch
    {
        0 => $"{n - 1} + 1",
        1 => $"0x{n:X}",
        2 => $"(int){n}L",
        3 => $"sizeof(byte) * {n}",
        _ => $"{n}",
    });

    private static Arg NonPositive(Random r)
    {
        int k = r.Next(1, 1000);
        return r.Next(6) switch
        {
            0 => new Arg(0, "0"),
            1 => new Arg(0, "1 - 1"),
            2 => new Arg(0, "default(int)"),
            3 => new Arg(int.MinValue, "int.MinValue"),
            4 => new Arg(-k, $"0 - {k}"),
            _ => new Arg(-k, $"-{k}"),
        };
    }

    private static Arg EnumArg(Random r, string type, int value, string[] names, string q) => new(value, r.Next(5) switch
    {
        0 => $"{q}{type}.{names[value]}",
        1 => $"({type}){value}",
        2 => $"({type})({value})",
        _ => $"{type}.{names[value]}",
    });

    private static Arg Undefined(Random r, string type, params int[] values)
    {
        int value = Pick(r, values);
        return new Arg(value, value < 0 ? $"({type})({value})" : $"({type}){value}");
    }

    private static T Pick<T>(Random r, params T[] values) => values[r.Next(values.Length)];
}
