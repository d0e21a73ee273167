using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests;

/// <summary>
/// RyuJIT compiles a method without optimisation (MinOpts) past about 60,000 IL bytes, 20,000 IL instructions, 2,000
/// basic blocks or 2,000 locals. Networks at the edge of the unrolling budget must stay inside those limits.
/// </summary>
public class JitLimitTests
{
    public static IEnumerable<object[]> BudgetEdgeNetworks =>
    [
        // Wide hidden layer: 961 parameters, estimate 18,494 instructions.
        ["[Network(Loss.SquaredError)][Input(30)][Dense(30, Activation.SiLU)][Dense(1, Activation.Sigmoid)]"],
        // Many inputs: 786 parameters, estimate 17,914.
        ["[Network(Loss.Hinge)][Input(150)][Dense(5, Activation.Softplus)][Dense(1)]"],
        // Four hidden layers: 662 parameters, estimate 16,024, with softmax's branches.
        ["[Network(Loss.SoftmaxCrossEntropy, Precision = Precision.Double)][Input(12)][Dense(12, Activation.Tanh)][Dense(12, Activation.ReLU)][Dense(12, Activation.LeakyReLU)][Dense(8, Activation.SiLU)][Dense(10)]"],
        // Deep narrow ReLU: every layer after the first pays for its delta.
        // The largest networks, emitted as loops.
        ["[Network(Loss.SoftmaxCrossEntropy)][Input(784)][Dense(256, Activation.ReLU)][Dense(256, Activation.ReLU)][Dense(10)]"],
        ["[Network(Loss.SquaredError, Precision = Precision.Double, Unroll = Unrolling.Never)][Input(4096)][Dense(1024, Activation.Tanh)][Dense(256, Activation.SiLU)][Dense(64)]"],
        ["[Network(Loss.SquaredError)][Input(8)][Dense(16, Activation.ReLU)][Dense(16, Activation.ReLU)][Dense(16, Activation.ReLU)][Dense(4)]"],
    ];

    [Theory]
    [MemberData(nameof(BudgetEdgeNetworks))]
    public void Every_generated_method_stays_within_the_JIT_optimisation_limits(string attributes)
    {
        GeneratorHarness.Result result = GeneratorHarness.Run("using NetGen;\n" + attributes + " public partial class EdgeNet { }");
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Id != "NG0014"));
        var spec = (Model.NetworkSpec)result.Driver.GetRunResult().Results.Single().TrackedSteps[NetGenGenerator.Steps.Specs].Single().Outputs.Single().Value;
        var plan = Planning.NetworkPlan.Create(spec);
        Assert.True(plan.UsesLoops || plan.EstimatedInstructions >= 0.8 * Planning.NetworkPlan.MaxEstimatedInstructions || plan.Layers.Count > 4, $"not at the edge of the budget: {plan.EstimatedInstructions}");

        using var image = new MemoryStream();
        var emit = result.Output.WithOptions(result.Output.Options.WithOptimizationLevel(OptimizationLevel.Release)).Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var context = new AssemblyLoadContext("jit-limits", isCollectible: true);
        context.Resolving += (_, name) => name.Name == "NetGen" ? typeof(NetworkAttribute).Assembly : null;
        try
        {
            image.Position = 0;
            Type net = context.LoadFromStream(image).GetType("EdgeNet", throwOnError: true)!;
            int measured = 0;
            foreach (MethodInfo method in net.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                MethodBody? body = method.GetMethodBody();
                if (body is null)
                {
                    continue;
                }

                byte[] il = body.GetILAsByteArray()!;
                (int instructions, int branches) = CountInstructions(il);
                Assert.True(il.Length < 60_000, $"{method.Name}: {il.Length} IL bytes");
                Assert.True(instructions < 20_000, $"{method.Name}: {instructions} IL instructions");
                Assert.True(plan.UsesLoops || instructions <= plan.EstimatedInstructions, $"{method.Name}: {instructions} IL instructions, more than the planner's estimate {plan.EstimatedInstructions}");
                Assert.True(plan.UsesLoops || body.LocalVariables.Count <= plan.EstimatedLocals, $"{method.Name}: {body.LocalVariables.Count} locals, more than the estimate {plan.EstimatedLocals}");
                Assert.True(branches < 2_000, $"{method.Name}: {branches} branches");
                Assert.True(body.LocalVariables.Count < 2_000, $"{method.Name}: {body.LocalVariables.Count} locals");
                measured++;
            }

            Assert.True(measured >= 6);
        }
        finally
        {
            context.Unload();
        }
    }

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Walks the IL stream opcode by opcode; branches bound the number of basic blocks.</summary>
    private static (int Instructions, int Branches) CountInstructions(byte[] il)
    {
        int count = 0;
        int branches = 0;
        for (int i = 0; i < il.Length; count++)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            OpCode op = s_opCodes[value];
            i += op.Size;
            if (op.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch)
            {
                branches++;
            }

            i += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }

        return (count, branches);
    }
}
