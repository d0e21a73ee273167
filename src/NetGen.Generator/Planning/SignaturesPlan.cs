using NetGen.Generator.Model;

namespace NetGen.Generator.Planning;

/// <summary>
/// What the signatures-only file of a network with errors declares (<see cref="NetworkSpec.SignaturesOnly"/>): the
/// members NetGen would generate, by name and signature, each throwing; the constants only where their values are
/// known, and otherwise static properties that throw, so that no made-up size reaches the user's code.
/// </summary>
internal sealed class SignaturesPlan
{
    private SignaturesPlan(NetworkSpec spec, SignaturesOnlySpec form, int? parameterCount)
    {
        Spec = spec;
        InputSize = spec.InputSize > 0 ? spec.InputSize : null;
        OutputSize = form.OutputsDeclared ? form.Outputs : null;
        ParameterCount = parameterCount;
        HasPredict = form.Outputs == 1;
        HasClassify = spec.Loss != LossKind.SquaredError;
        Probabilities = NetworkPlan.ProbabilitiesFor(spec.Loss);
        Reason = form.Errors.Count == 0
            ? $"NetGen could not generate {spec.TypeName}: fix the compiler errors in its [Network], [Input] and [Dense] attributes first."
            : $"NetGen could not generate {spec.TypeName}: fix {string.Join(", ", form.Errors)} first.";
    }

    public NetworkSpec Spec { get; }

    /// <summary>The declared input size, or null when it is missing or not positive.</summary>
    public int? InputSize { get; }

    /// <summary>The declared output units, or null when they are not known (the members are then those the loss implies).</summary>
    public int? OutputSize { get; }

    /// <summary>The parameter count, or null unless every size is known and the count fits an int.</summary>
    public int? ParameterCount { get; }

    /// <summary>Predict is generated for one output.</summary>
    public bool HasPredict { get; }

    /// <summary>Classify is generated for the classification losses.</summary>
    public bool HasClassify { get; }

    /// <summary>The probability members, as the real class would have them for this loss.</summary>
    public ProbabilityForm Probabilities { get; }

    /// <summary>The message of every stub's exception, and of the file's comment.</summary>
    public string Reason { get; }

    public static SignaturesPlan Create(NetworkSpec spec)
    {
        SignaturesOnlySpec form = spec.SignaturesOnly ?? throw new System.ArgumentException("Not a signatures-only spec.", nameof(spec));
        int? parameterCount = null;
        if (form.LayersDeclared)
        {
            long count = 0;
            long fanIn = spec.InputSize;
            foreach (LayerSpec layer in spec.Layers)
            {
                count += (fanIn * layer.Units) + layer.Units;
                fanIn = layer.Units;
                if (count > int.MaxValue)
                {
                    break;
                }
            }

            parameterCount = count <= int.MaxValue ? (int)count : null;
        }

        return new SignaturesPlan(spec, form, parameterCount);
    }
}
