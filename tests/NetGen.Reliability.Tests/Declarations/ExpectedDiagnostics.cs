namespace NetGen.Reliability.Tests.Declarations;

/// <summary>One diagnostic NetGen must report: its id and the exact span it points at.</summary>
public sealed record ExpectedDiagnostic(string Id, SourceSpan Span)
{
    public override string ToString() => $"{Id} at {Span}";
}

/// <summary>
/// The oracle: from the declaration model alone, which NG diagnostics NetGen must report and where, following
/// docs/diagnostics.md. It knows the model, not the generator: a generator that misreads an attribute, reports on the
/// wrong argument, or stops too early or too late disagrees with it.
/// </summary>
public static class ExpectedDiagnostics
{
    /// <summary>A layer this wide is over both the unrolling and the loop budget; an input this wide is over the unrolling budget.</summary>
    public const int Huge = 46_341;

    /// <summary>Array.MaxLength: the generator's cap on the parameter count (NG0015).</summary>
    public const long MaxParameters = 0x7FFFFFC7;

    /// <summary>Input and first layer at least this wide: over the unrolling budget (18 x 40 x 40 weights alone exceed 19,000), within the loop budget.</summary>
    public const int Medium = 40;

    private const int Always = 1;
    private const int Auto = 0;

    /// <summary>The diagnostics NetGen must report, or null when the declaration is relaxed (only "no crash" is required).</summary>
    public static IReadOnlyList<ExpectedDiagnostic>? For(WrittenDeclaration written)
    {
        Declaration d = written.Declaration;
        if (d.Relaxation != Relaxation.None)
        {
            return null;
        }

        var expected = new List<ExpectedDiagnostic>();
        if (d.Target != AttributeTarget.Type)
        {
            return expected; // On a method, property, enum or delegate the attributes are the compiler's business (CS0592).
        }

        List<(AttributeModel Attribute, int Index)> attributes = d.Attributes.Select((a, i) => (a, i)).ToList();
        var networks = attributes.Where(a => a.Attribute is NetworkModel).ToList();
        var inputs = attributes.Where(a => a.Attribute is InputModel).ToList();
        var denses = attributes.Where(a => a.Attribute is DenseModel).ToList();
        void Expect(string id, string key) => expected.Add(new ExpectedDiagnostic(id, written[key]));

        if (networks.Count == 0)
        {
            // NG0013, from NetGen's analyzer rather than the generator: once per attribute kind, on the first one.
            if (inputs.Count > 0)
            {
                Expect("NG0013", "attr:" + inputs[0].Index);
            }

            if (denses.Count > 0)
            {
                Expect("NG0013", "attr:" + denses[0].Index);
            }

            return expected;
        }

        var network = (NetworkModel)networks[0].Attribute;
        int part = network.Part; // the declaration that speaks for the type
        string identifier = "id:" + part;

        if (d.Shape is not (TypeShape.Class or TypeShape.AbstractClass or TypeShape.SealedClass))
        {
            Expect("NG0012", identifier);
        }

        if (d.Generic || d.Containers.Any(c => c.Generic))
        {
            Expect("NG0009", identifier);
        }

        if (!d.Partial)
        {
            Expect("NG0001", identifier);
        }

        for (int i = 0; i < d.Containers.Count; i++)
        {
            if (!d.Containers[i].Partial)
            {
                Expect("NG0001", $"container:{i}:{part}");
            }
        }

        foreach ((AttributeModel _, int index) in networks.Skip(1))
        {
            Expect("NG0007", "attr:" + index);
        }

        string networkKey = "attr:" + networks[0].Index;
        if (!Enum.IsDefined((Loss)network.Loss.Value))
        {
            Expect("NG0005", networkKey + ":loss");
        }

        if (network.Precision is { } precision && !Enum.IsDefined((Precision)precision.Value))
        {
            Expect("NG0005", networkKey + ":precision");
        }

        if (network.Unroll is { } unroll && !Enum.IsDefined((Unrolling)unroll.Value))
        {
            Expect("NG0005", networkKey + ":unroll");
        }

        int inputSize = 0;
        if (inputs.Count == 0)
        {
            Expect("NG0002", identifier);
        }
        else
        {
            foreach ((AttributeModel _, int index) in inputs.Skip(1))
            {
                Expect("NG0007", "attr:" + index);
            }

            inputSize = ((InputModel)inputs[0].Attribute).Size.Value;
            if (inputSize <= 0)
            {
                Expect("NG0004", $"attr:{inputs[0].Index}:size");
            }
        }

        if (denses.Count == 0)
        {
            Expect("NG0003", identifier);
        }
        else if (denses.FirstOrDefault(x => x.Attribute.Part != denses[0].Attribute.Part) is { Attribute: not null } stray)
        {
            Expect("NG0008", "attr:" + stray.Index);
        }
        else
        {
            foreach ((AttributeModel attribute, int index) in denses)
            {
                var dense = (DenseModel)attribute;
                if (dense.Units.Value <= 0)
                {
                    Expect("NG0004", $"attr:{index}:units");
                }

                if (dense.Activation is { } activation && !Enum.IsDefined((Activation)activation.Value))
                {
                    Expect("NG0005", $"attr:{index}:activation");
                }
            }
        }

        if (expected.Count > 0 || inputs.Count == 0 || inputSize <= 0 || denses.Count == 0)
        {
            return expected;
        }

        // The declaration reads well; now the network as a whole.
        var layers = denses.Select(x => (DenseModel)x.Attribute).ToList();
        var loss = (Loss)network.Loss.Value;
        DenseModel output = layers[^1];
        var outputActivation = (Activation)(output.Activation?.Value ?? 0);
        bool fits = loss switch
        {
            Loss.Hinge or Loss.Logistic => output.Units.Value == 1 && outputActivation == Activation.Identity,
            Loss.SoftmaxCrossEntropy => output.Units.Value >= 2 && outputActivation == Activation.Identity,
            _ => true,
        };
        if (!fits)
        {
            Expect("NG0006", "attr:" + denses[^1].Index);
        }

        foreach (string name in GeneratedMemberNames(loss, output.Units.Value))
        {
            if (d.Members.Any(m => m.Name == name))
            {
                Expect("NG0010", "member:" + name);
            }
            else if (d.BaseMembers?.Any(m => m.Name == name && m.Access != "private") == true)
            {
                Expect("NG0010", identifier);
            }
        }

        int unrollMode = network.Unroll?.Value ?? Auto;
        // A huge layer needs more than 256 KiB of loop buffers (3 x 46,341 floats); a huge input alone does not (ForwardBatch
        // then runs row by row), unless the parameters outgrow the longest .NET array. Either is far over the unrolling budget.
        long parameters = 0;
        long fanIn = inputSize;
        foreach (var layer in layers)
        {
            parameters += (fanIn * layer.Units.Value) + layer.Units.Value;
            fanIn = layer.Units.Value;
        }

        bool huge = layers.Any(l => l.Units.Value >= Huge) || parameters > MaxParameters;
        bool medium = !huge && ((inputSize >= Medium && layers[0].Units.Value >= Medium) || inputSize >= Huge);
        if (huge)
        {
            Expect(unrollMode == Always ? "NG0011" : "NG0015", networkKey);
        }
        else if (medium && unrollMode == Always)
        {
            Expect("NG0011", networkKey);
        }
        else if (medium && unrollMode == Auto && expected.Count == 0)
        {
            Expect("NG0014", networkKey); // the info that loops were chosen, only when nothing else is wrong
        }

        return expected;
    }

    /// <summary>True when NetGen must generate the network: a [Network] type with no error among the expected diagnostics.</summary>
    public static bool Generates(Declaration declaration, IReadOnlyList<ExpectedDiagnostic> expected) =>
        declaration.Target == AttributeTarget.Type && declaration.Networks.Any() && expected.All(e => e.Id == "NG0014");

    /// <summary>
    /// True when NetGen must write the signatures-only file of a network it cannot generate (docs/diagnostics.md, "After
    /// an error"): a [Network] class with errors whose class shape (NG0001, NG0009, NG0012), loss and precision are valid,
    /// whose output count is declared or implied by the loss (1 for Hinge and Logistic, 2 or more for
    /// SoftmaxCrossEntropy), and none of whose members collides with one of those signatures.
    /// </summary>
    public static bool SignaturesOnly(Declaration d, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        if (d.Target != AttributeTarget.Type || !d.Networks.Any() || Generates(d, expected)
            || expected.Any(e => e.Id is "NG0001" or "NG0009" or "NG0012" or "NG0010"))
        {
            return false;
        }

        NetworkModel network = d.Networks.First();
        var loss = (Loss)network.Loss.Value;
        if (!Enum.IsDefined(loss) || (network.Precision is { } precision && !Enum.IsDefined((Precision)precision.Value)))
        {
            return false;
        }

        var denses = d.Denses.ToList();
        bool spread = denses.Any(x => x.Part != denses[0].Part);
        int declared = denses.Count > 0 && !spread ? denses[^1].Units.Value : 0;
        int outputs = declared > 0 ? declared : loss switch
        {
            Loss.Hinge or Loss.Logistic => 1,
            Loss.SoftmaxCrossEntropy => 2,
            _ => 0,
        };
        if (outputs <= 0)
        {
            return false;
        }

        foreach (string name in GeneratedMemberNames(loss, outputs))
        {
            if (d.Members.Any(m => m.Name == name) || d.BaseMembers?.Any(m => m.Name == name && m.Access != "private") == true)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The members NetGen declares in the class, per docs/diagnostics.md (NG0010).</summary>
    public static IEnumerable<string> GeneratedMemberNames(Loss loss, int outputs)
    {
        string[] always = ["InputSize", "OutputSize", "ParameterCount", "Topology", "DefaultSeed", "Parameters", "_parameters", "_stepRecord", "InitializeParameters", "Forward", "ForwardBatch", "ComputeLoss", "AccumulateGradient", "TrainStep"];
        foreach (string name in always)
        {
            yield return name;
        }

        if (outputs == 1)
        {
            yield return "Predict";
        }

        if (loss != Loss.SquaredError)
        {
            yield return "Classify";
        }

        if (loss == Loss.SoftmaxCrossEntropy)
        {
            yield return "Probabilities";
            yield return "ProbabilitiesBatch";
        }

        if (loss == Loss.Logistic)
        {
            yield return "Probability";
            yield return "ProbabilityBatch";
        }
    }
}
