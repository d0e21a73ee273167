using System.Collections.Generic;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Parsing;

/// <summary>The names the emitter declares in the user's type, which the user's own members must not take.</summary>
internal static class GeneratedMemberNames
{
    public const string ParameterField = "_parameters";

    public const string StepRecordField = "_stepRecord";

    public static IEnumerable<string> For(LossKind loss, int outputSize)
    {
        yield return "InputSize";
        yield return "OutputSize";
        yield return "ParameterCount";
        yield return "Parameters";
        yield return "Topology";
        yield return "DefaultSeed";
        yield return ParameterField;
        yield return StepRecordField;
        yield return "InitializeParameters";
        yield return "Forward";
        yield return "ForwardBatch";
        if (outputSize == 1)
        {
            yield return "Predict";
        }

        if (loss != LossKind.SquaredError)
        {
            yield return "Classify";
        }

        switch (NetworkPlan.ProbabilitiesFor(loss))
        {
            case ProbabilityForm.Softmax:
                yield return "Probabilities";
                yield return "ProbabilitiesBatch";
                break;
            case ProbabilityForm.Sigmoid:
                yield return "Probability";
                yield return "ProbabilityBatch";
                break;
        }

        yield return "ComputeLoss";
        yield return "AccumulateGradient";
        yield return "TrainStep";
    }
}
