using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Diagnostics;

/// <summary>Every diagnostic NetGen reports. Ids are never reused; each has a section in docs/diagnostics.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NetGen";
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        "NG0001",
        "Network type must be partial",
        "'{0}' must be declared partial: NetGen adds the generated network members to it");

    public static readonly DiagnosticDescriptor MissingInput = Error(
        "NG0002",
        "Network has no [Input]",
        "Network '{0}' has no [Input(size)] attribute: declare the number of inputs");

    public static readonly DiagnosticDescriptor NoLayers = Error(
        "NG0003",
        "Network has no [Dense] layer",
        "Network '{0}' has no [Dense(units)] attribute: declare at least the output layer");

    public static readonly DiagnosticDescriptor NonPositiveSize = Error(
        "NG0004",
        "Size must be positive",
        "{0} must be a positive number, but is {1}");

    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error(
        "NG0005",
        "Undefined enum value",
        "{0} is not a defined {1} value");

    public static readonly DiagnosticDescriptor LossOutputMismatch = Error(
        "NG0006",
        "Loss does not fit the output layer",
        "Loss.{0} needs {1}, but the output layer is Dense({2}, Activation.{3})");

    public static readonly DiagnosticDescriptor RepeatedAttribute = Error(
        "NG0007",
        "Attribute repeated",
        "[{0}] may appear only once on '{1}'");

    public static readonly DiagnosticDescriptor LayersInSeveralDeclarations = Error(
        "NG0008",
        "[Dense] layers spread over several partial declarations",
        "The [Dense] layers of '{0}' are spread over several partial declarations, so their order is not defined: declare them all on one");

    public static readonly DiagnosticDescriptor GenericType = Error(
        "NG0009",
        "Network type cannot be generic",
        "'{0}' is generic: a network's element type is fixed by [Network(Precision = ...)], so neither it nor a type containing it may have type parameters");

    public static readonly DiagnosticDescriptor MemberCollision = Error(
        "NG0010",
        "Member collides with a generated member",
        "'{0}' already declares a member named '{1}', which NetGen generates: rename it");

    public static readonly DiagnosticDescriptor NetworkTooLarge = Error(
        "NG0011",
        "Network exceeds the unrolling budget",
        "Network '{0}' has {1} parameters; fully unrolled, its largest method would need about {2} IL instructions and {3} locals, over the budget of {4} and {5} that keeps every generated method within the JIT's optimisation limits");

    public static readonly DiagnosticDescriptor UnsupportedTypeKind = Error(
        "NG0012",
        "Network type must be a class",
        "'{0}' is {1}: a network must be a non-static, non-record class, because it owns its parameter array");

    public static readonly DiagnosticDescriptor LayerAttributeWithoutNetwork = Warning(
        "NG0013",
        "Layer attribute without [Network]",
        "[{0}] on '{1}' has no effect without [Network(loss)] on the same type");

    public static readonly DiagnosticDescriptor LoopsChosen = new(
        "NG0014",
        "Network emitted with loops",
        "Network '{0}' is emitted as loops over SIMD kernels: fully unrolled, its largest method would need about {1} IL instructions, over the budget of {2}; set Unroll = Unrolling.Never to choose loops explicitly, or make the network smaller to unroll it",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ng0014");

    public static readonly DiagnosticDescriptor LoopBuffersTooLarge = Error(
        "NG0015",
        "Network too large for the loop code's stack buffers",
        "Network '{0}' cannot be generated as loops: its output layer has {1} units (at most {2}, since the loss is written out per output), its per-call buffers need {3} KiB of stack (at most {4} KiB), and it has {5} parameters (at most {6}, the longest .NET array)");

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
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
