using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Diagnostics;

/// <summary>Every diagnostic NetGen reports. Ids are never reused; each has a section in docs/diagnostics.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NetGen";

    /// <summary>
    /// Where the full page is. There is no hosted documentation site and no repository URL to link to, so the page ships
    /// inside the NetGen package and every description says where; the descriptors carry no help link, rather than one
    /// that resolves nowhere (DiagnosticTests checks both, and that every id has its section).
    /// </summary>
    internal const string Docs = " The full text, under this id, is in docs/diagnostics.md inside the NetGen package (in the NuGet cache: ~/.nuget/packages/netgen/<version>/docs/diagnostics.md).";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        "NG0001",
        "Network type must be partial",
        "'{0}' must be declared partial: NetGen adds the generated network members to it",
        "Fix: add the partial modifier to the network class and to every class it is nested in; NetGen writes the generated members into a second partial declaration.");

    public static readonly DiagnosticDescriptor MissingInput = Error(
        "NG0002",
        "Network has no [Input]",
        "Network '{0}' has no [Input(size)] attribute: declare the number of inputs",
        "Fix: add [Input(n)] with the number of inputs; without it the first layer's weight matrix has no width.");

    public static readonly DiagnosticDescriptor NoLayers = Error(
        "NG0003",
        "Network has no [Dense] layer",
        "Network '{0}' has no [Dense(units)] attribute: declare at least the output layer",
        "Fix: add at least the output layer, [Dense(units)] (hidden layers before it, in source order).");

    public static readonly DiagnosticDescriptor NonPositiveSize = Error(
        "NG0004",
        "Size must be positive",
        "{0} must be a positive number, but is {1}",
        "Fix: give [Input(size)] and [Dense(units)] a number greater than zero.");

    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error(
        "NG0005",
        "Undefined enum value",
        "{0} is not a defined {1} value",
        "Fix: use a named member of the enum (Activation.Tanh, Loss.Hinge, Precision.Double, Unrolling.Never) instead of a cast of a number it does not define.");

    public static readonly DiagnosticDescriptor LossOutputMismatch = Error(
        "NG0006",
        "Loss does not fit the output layer",
        "Loss.{0} needs {1}, but the output layer is Dense({2}, Activation.{3})",
        "Fix: Loss.Hinge and Loss.Logistic need a last layer [Dense(1)] with Activation.Identity; Loss.SoftmaxCrossEntropy needs at least two units with Activation.Identity (softmax is part of the loss); Loss.SquaredError takes any output layer.");

    public static readonly DiagnosticDescriptor RepeatedAttribute = Error(
        "NG0007",
        "Attribute repeated",
        "[{0}] may appear only once on '{1}'",
        "Fix: keep one [Network] and one [Input] per class, also across its partial declarations, and remove the other.");

    public static readonly DiagnosticDescriptor LayersInSeveralDeclarations = Error(
        "NG0008",
        "[Dense] layers spread over several partial declarations",
        "The [Dense] layers of '{0}' are spread over several partial declarations, so their order is not defined: declare them all on one",
        "Fix: put all [Dense] attributes on one partial declaration, in layer order; the order of declarations in different files is not defined.");

    public static readonly DiagnosticDescriptor GenericType = Error(
        "NG0009",
        "Network type cannot be generic",
        "'{0}' is generic: a network's element type is fixed by [Network(Precision = ...)], so neither it nor a type containing it may have type parameters",
        "Fix: remove the type parameters from the network class and the classes containing it; choose float or double with [Network(..., Precision = Precision.Single or Double)].");

    public static readonly DiagnosticDescriptor MemberCollision = Error(
        "NG0010",
        "Member collides with a generated member",
        "'{0}' already declares a member named '{1}', which NetGen generates: rename it",
        "Fix: rename your member (or the inherited one); NetGen generates InputSize, OutputSize, ParameterCount, Topology, Parameters, _parameters, _stepRecord, InitializeParameters, Forward, ForwardBatch, Predict (one output), Classify (classifying losses), ComputeLoss, AccumulateGradient and TrainStep. A network cannot derive from another network class.");

    public static readonly DiagnosticDescriptor NetworkTooLarge = Error(
        "NG0011",
        "Network exceeds the unrolling budget",
        "Network '{0}' has {1} parameters; fully unrolled, its largest method would need about {2} IL instructions and {3} locals, over the budget of {4} and {5} that keeps every generated method within the JIT's optimisation limits",
        "Fix: remove Unroll = Unrolling.Always (the default Auto emits loops for a network this large), or make the network smaller (about 950 parameters with one hidden layer, 650 to 700 with more).");

    public static readonly DiagnosticDescriptor UnsupportedTypeKind = Error(
        "NG0012",
        "Network type must be a class",
        "'{0}' is {1}: a network must be a non-static, non-record class, because it owns its parameter array",
        "Fix: declare the network as a non-static, non-record class that is not file-local; it owns its parameter array.");

    public static readonly DiagnosticDescriptor LayerAttributeWithoutNetwork = Warning(
        "NG0013",
        "Layer attribute without [Network]",
        "[{0}] on '{1}' has no effect without [Network(loss)] on the same type",
        "Fix: add [Network(Loss...)] to the type, or remove the [Input] and [Dense] attributes, which do nothing alone.");

    public static readonly DiagnosticDescriptor LoopsChosen = new(
        "NG0014",
        "Network emitted with loops",
        "Network '{0}' is emitted as loops over SIMD kernels: fully unrolled, its largest method would need about {1} IL instructions, over the budget of {2}; set Unroll = Unrolling.Never to choose loops explicitly, or make the network smaller to unroll it",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Nothing to fix: the network is generated as loops over SIMD kernels. Set Unroll = Unrolling.Never to choose loops explicitly and silence this, or make the network smaller to unroll it." + Docs,
        helpLinkUri: null);

    public static readonly DiagnosticDescriptor LoopBuffersTooLarge = Error(
        "NG0015",
        "Network too large for the loop code's stack buffers",
        "Network '{0}' cannot be generated as loops: its output layer has {1} units (at most {2}, since the loss is written out per output), its per-call buffers need {3} KiB of stack (at most {4} KiB), and it has {5} parameters (at most {6}, the longest .NET array)",
        "Fix: make the output layer at most 256 units, the layers narrower (the loop code's buffers take at most 256 KiB of stack a call), and the parameter count at most 2,147,483,591.");

    public static readonly DiagnosticDescriptor PrecisionMismatch = Error(
        "NG0016",
        "Data of the other precision",
        "{0} is a {1} network (Precision.{2}), so its data must be {1}[] or spans of {1}, but {3} is {4}",
        "Fix: pass data of the network's element type: float[] or spans of float for Precision.Single (the default), double[] or spans of double for Precision.Double; convert the data, or declare the network with the other Precision.");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new(StringComparer.Ordinal)
    {
        [NotPartial.Id] = NotPartial,
        [MissingInput.Id] = MissingInput,
        [NoLayers.Id] = NoLayers,
        [NonPositiveSize.Id] = NonPositiveSize,
        [UndefinedEnumValue.Id] = UndefinedEnumValue,
        [LossOutputMismatch.Id] = LossOutputMismatch,
        [RepeatedAttribute.Id] = RepeatedAttribute,
        [LayersInSeveralDeclarations.Id] = LayersInSeveralDeclarations,
        [GenericType.Id] = GenericType,
        [MemberCollision.Id] = MemberCollision,
        [NetworkTooLarge.Id] = NetworkTooLarge,
        [UnsupportedTypeKind.Id] = UnsupportedTypeKind,
        [LayerAttributeWithoutNetwork.Id] = LayerAttributeWithoutNetwork,
        [LoopsChosen.Id] = LoopsChosen,
        [LoopBuffersTooLarge.Id] = LoopBuffersTooLarge,
        [PrecisionMismatch.Id] = PrecisionMismatch,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string fix) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: fix + Docs, helpLinkUri: null);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string fix) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: fix + Docs, helpLinkUri: null);
}
