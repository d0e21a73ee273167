using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Parsing;

/// <summary>
/// Turns a type carrying [Network] into a <see cref="NetworkSpec"/>, or into the diagnostics that explain why it cannot
/// be generated. Everything Roslyn-specific stays in here; what leaves is plain values.
/// </summary>
internal static class NetworkParser
{
    // The model enums are 0, 1, ..., n - 1 (PipelineTests pins them to the runtime's); Enum.IsDefined goes through reflection.
    private static readonly int s_lossKinds = Enum.GetValues(typeof(LossKind)).Length;
    private static readonly int s_precisionKinds = Enum.GetValues(typeof(PrecisionKind)).Length;
    private static readonly int s_unrollingKinds = Enum.GetValues(typeof(UnrollingKind)).Length;
    private static readonly int s_activationKinds = Enum.GetValues(typeof(ActivationKind)).Length;

    /// <summary>
    /// Parses the [Network] type at <paramref name="context"/>. Returns null when this declaration is not the one that
    /// speaks for the type (a partial type with [Network] on several declarations is reported once, from the first).
    /// </summary>
    public static ParseResult? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return null;
        }

        // FAWMN runs this again for every [Network] type whenever the compilation changes (each keystroke in the IDE),
        // though the result is almost always equal to the last one: it reads what Roslyn has already bound and formats
        // nothing (no SymbolDisplay, no location) until there is something to report.
        (List<AttributeData> networkAttributes, List<AttributeData> inputAttributes, List<AttributeData> denseAttributes) = NetGenAttributesOf(type);
        if (networkAttributes.Count == 0 || !IsDeclaredIn(networkAttributes[0], declaration, cancellationToken))
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        string typeName = type.Name;

        CheckTypeShape(type, declaration, diagnostics);
        bool shapeValid = diagnostics.Count == 0;

        for (int i = 1; i < networkAttributes.Count; i++)
        {
            Report(diagnostics, DiagnosticDescriptors.RepeatedAttribute, AttributeLocation(networkAttributes[i], cancellationToken), "Network", typeName);
        }

        (LossKind loss, PrecisionKind precision, UnrollingKind unroll, bool membersKnown) = ReadNetwork(networkAttributes[0], diagnostics, cancellationToken);
        int inputSize = ReadInput(type, declaration, inputAttributes, diagnostics, cancellationToken);
        List<(LayerSpec Layer, AttributeData Attribute)> layers = ReadLayers(type, declaration, denseAttributes, diagnostics, cancellationToken, out bool layersRead);

        // The members a stub would declare depend on the class's shape, the loss, the precision and the output count only.
        membersKnown &= shapeValid;
        if (diagnostics.Count > 0 || layers.Count == 0 || inputSize <= 0)
        {
            return new ParseResult(
                membersKnown ? SignaturesOnly(type, declaration, loss, precision, unroll, inputSize, layers, layersRead, diagnostics) : null,
                diagnostics.ToEquatableArray());
        }

        CheckLossFitsOutput(loss, layers[layers.Count - 1], typeName, diagnostics, cancellationToken);
        CheckMemberCollisions(type, declaration, loss, layers[layers.Count - 1].Layer.Units, diagnostics);

        DeclarationNames names = DeclarationNames.Of(declaration);
        NetworkSpec spec = new(
            Namespace: names.Namespace,
            ContainingTypes: names.ContainingTypes,
            TypeName: typeName,
            FullyQualifiedName: names.FullyQualifiedName,
            Loss: loss,
            Precision: precision,
            Unroll: unroll,
            InputSize: inputSize,
            Layers: layers.Select(l => l.Layer).ToEquatableArray());

        NetworkPlan plan = NetworkPlan.Create(spec);
        if (spec.Unroll == UnrollingKind.Always && !plan.FitsUnrollBudget)
        {
            Report(
                diagnostics,
                DiagnosticDescriptors.NetworkTooLarge,
                AttributeLocation(networkAttributes[0], cancellationToken),
                typeName,
                plan.ParameterCount.ToString(),
                plan.EstimatedInstructions.ToString(),
                plan.EstimatedLocals.ToString(),
                NetworkPlan.MaxEstimatedInstructions.ToString(),
                NetworkPlan.MaxEstimatedLocals.ToString());
        }
        else if (plan.UsesLoops && !plan.FitsLoopBudget)
        {
            Report(
                diagnostics,
                DiagnosticDescriptors.LoopBuffersTooLarge,
                AttributeLocation(networkAttributes[0], cancellationToken),
                typeName,
                plan.Output.Outputs.ToString(),
                NetworkPlan.MaxLoopOutputs.ToString(),
                (plan.StackBytes / 1024).ToString(),
                (NetworkPlan.MaxStackBytes / 1024).ToString(),
                plan.ParameterCount == int.MaxValue ? "more than " + NetworkPlan.MaxParameters.ToString() : plan.ParameterCount.ToString(),
                NetworkPlan.MaxParameters.ToString());
        }

        if (diagnostics.Count == 0 && spec.Unroll == UnrollingKind.Auto && plan.UsesLoops)
        {
            // Not an error: the network is generated, with loops, and the user learns why.
            var info = new DiagnosticInfo(
                DiagnosticDescriptors.LoopsChosen.Id,
                AttributeLocation(networkAttributes[0], cancellationToken),
                new EquatableArray<string>(new[] { typeName, plan.EstimatedInstructions.ToString(), NetworkPlan.MaxEstimatedInstructions.ToString() }));
            return new ParseResult(spec, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }

        return diagnostics.Count > 0
            ? new ParseResult(membersKnown ? SignaturesOnly(type, declaration, loss, precision, unroll, inputSize, layers, layersRead, diagnostics) : null, diagnostics.ToEquatableArray())
            : new ParseResult(spec, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>
    /// The signatures-only spec of a declaration that cannot be generated (<see cref="NetworkSpec.SignaturesOnly"/>), or
    /// null when its members are not known after all: the output count is neither declared nor implied by the loss
    /// (SquaredError), or a user member would collide with one of them (NG0010, reported or not: it is only checked
    /// once the declaration reads well, and a stub must not add CS0102 to the errors).
    /// </summary>
    private static NetworkSpec? SignaturesOnly(
        INamedTypeSymbol type,
        TypeDeclarationSyntax declaration,
        LossKind loss,
        PrecisionKind precision,
        UnrollingKind unroll,
        int inputSize,
        List<(LayerSpec Layer, AttributeData Attribute)> layers,
        bool layersRead,
        List<DiagnosticInfo> diagnostics)
    {
        if (diagnostics.Any(d => d.Id == DiagnosticDescriptors.MemberCollision.Id))
        {
            return null;
        }

        int declaredOutputs = layersRead && layers.Count > 0 ? layers[layers.Count - 1].Layer.Units : 0;
        int outputs = declaredOutputs > 0
            ? declaredOutputs
            : loss switch
            {
                LossKind.Hinge or LossKind.Logistic => 1,
                LossKind.SoftmaxCrossEntropy => 2,
                _ => 0,
            };
        if (outputs <= 0)
        {
            return null;
        }

        var collisions = new List<DiagnosticInfo>();
        CheckMemberCollisions(type, declaration, loss, outputs, collisions);
        if (collisions.Count > 0)
        {
            return null;
        }

        bool layersDeclared = layersRead && layers.Count > 0 && inputSize > 0 && layers.All(l => l.Layer.Units > 0);
        DeclarationNames names = DeclarationNames.Of(declaration);
        var errors = new List<string>();
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (DiagnosticDescriptors.ById(diagnostic.Id).DefaultSeverity == DiagnosticSeverity.Error && !errors.Contains(diagnostic.Id))
            {
                errors.Add(diagnostic.Id);
            }
        }

        errors.Sort(StringComparer.Ordinal);
        return new NetworkSpec(
            Namespace: names.Namespace,
            ContainingTypes: names.ContainingTypes,
            TypeName: type.Name,
            FullyQualifiedName: names.FullyQualifiedName,
            Loss: loss,
            Precision: precision,
            Unroll: unroll,
            InputSize: Math.Max(inputSize, 0),
            Layers: layers.Select(l => l.Layer).ToEquatableArray())
        {
            SignaturesOnly = new SignaturesOnlySpec(errors.ToEquatableArray(), outputs, declaredOutputs > 0, layersDeclared),
        };
    }

    private static void CheckTypeShape(INamedTypeSymbol type, TypeDeclarationSyntax declaration, List<DiagnosticInfo> diagnostics)
    {
        LocationInfo? Identifier() => LocationInfo.From(declaration.Identifier.GetLocation());

        string? unsupportedKind = type switch
        {
            { TypeKind: TypeKind.Struct, IsRecord: true } => "a record struct",
            { TypeKind: TypeKind.Struct } => "a struct",
            { TypeKind: TypeKind.Interface } => "an interface",
            { TypeKind: TypeKind.Class, IsStatic: true } => "a static class",
            { TypeKind: TypeKind.Class, IsRecord: true } => "a record (its copies would share one parameter array)",
            { TypeKind: TypeKind.Class } when IsFileLocal(type) => "a file-local class (a generated file cannot add to it, so the generated part would be another type)",
            { TypeKind: TypeKind.Class } => null,
            _ => "not a class",
        };
        if (unsupportedKind is not null)
        {
            Report(diagnostics, DiagnosticDescriptors.UnsupportedTypeKind, Identifier(), type.Name, unsupportedKind);
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeParameters.Length > 0)
            {
                Report(diagnostics, DiagnosticDescriptors.GenericType, Identifier(), current.Name);
                break;
            }
        }

        for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
        {
            if (node is TypeDeclarationSyntax typeDeclaration && !typeDeclaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                Report(diagnostics, DiagnosticDescriptors.NotPartial, LocationInfo.From(typeDeclaration.Identifier.GetLocation()), typeDeclaration.Identifier.ValueText);
            }
        }
    }

    /// <summary>The loss, precision and unrolling of [Network]; MembersKnown is false unless the loss and precision were read and defined.</summary>
    private static (LossKind Loss, PrecisionKind Precision, UnrollingKind Unroll, bool MembersKnown) ReadNetwork(AttributeData attribute, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        LossKind loss = LossKind.Hinge;
        bool membersKnown = false;
        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int lossValue)
        {
            if (IsDefined(lossValue, s_lossKinds))
            {
                loss = (LossKind)lossValue;
                membersKnown = true;
            }
            else
            {
                Report(diagnostics, DiagnosticDescriptors.UndefinedEnumValue, ArgumentLocation(attribute, 0, null, cancellationToken), Describe("Loss", lossValue), "Loss");
            }
        }

        PrecisionKind precision = PrecisionKind.Single;
        UnrollingKind unroll = UnrollingKind.Auto;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == "Unroll" && named.Value.Value is int unrollValue)
            {
                if (IsDefined(unrollValue, s_unrollingKinds))
                {
                    unroll = (UnrollingKind)unrollValue;
                }
                else
                {
                    Report(diagnostics, DiagnosticDescriptors.UndefinedEnumValue, ArgumentLocation(attribute, -1, "Unroll", cancellationToken), Describe("Unrolling", unrollValue), "Unrolling");
                }
            }

            if (named.Key == "Precision")
            {
                if (named.Value.Value is not int precisionValue)
                {
                    membersKnown = false; // malformed: the compiler reports it
                }
                else if (IsDefined(precisionValue, s_precisionKinds))
                {
                    precision = (PrecisionKind)precisionValue;
                }
                else
                {
                    membersKnown = false;
                    Report(diagnostics, DiagnosticDescriptors.UndefinedEnumValue, ArgumentLocation(attribute, -1, "Precision", cancellationToken), Describe("Precision", precisionValue), "Precision");
                }
            }
        }

        return (loss, precision, unroll, membersKnown);
    }

    private static int ReadInput(INamedTypeSymbol type, TypeDeclarationSyntax declaration, List<AttributeData> inputs, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0)
        {
            Report(diagnostics, DiagnosticDescriptors.MissingInput, LocationInfo.From(declaration.Identifier.GetLocation()), type.Name);
            return 0;
        }

        for (int i = 1; i < inputs.Count; i++)
        {
            Report(diagnostics, DiagnosticDescriptors.RepeatedAttribute, AttributeLocation(inputs[i], cancellationToken), "Input", type.Name);
        }

        if (inputs[0].ConstructorArguments.Length != 1 || inputs[0].ConstructorArguments[0].Value is not int size)
        {
            return 0; // The compiler already reports the malformed attribute.
        }

        if (size <= 0)
        {
            Report(diagnostics, DiagnosticDescriptors.NonPositiveSize, ArgumentLocation(inputs[0], 0, null, cancellationToken), "The input size", size.ToString());
        }

        return size;
    }

    /// <summary>The [Dense] layers in source order; <paramref name="allRead"/> is false when one could not be read or they are spread over declarations.</summary>
    private static List<(LayerSpec Layer, AttributeData Attribute)> ReadLayers(INamedTypeSymbol type, TypeDeclarationSyntax declaration, List<AttributeData> denses, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, out bool allRead)
    {
        var layers = new List<(LayerSpec, AttributeData)>(denses.Count);
        allRead = false;
        if (denses.Count == 0)
        {
            Report(diagnostics, DiagnosticDescriptors.NoLayers, LocationInfo.From(declaration.Identifier.GetLocation()), type.Name);
            return layers;
        }

        SyntaxNode? firstOwner = OwnerDeclaration(denses[0], cancellationToken);
        foreach (AttributeData dense in denses)
        {
            if (OwnerDeclaration(dense, cancellationToken) != firstOwner)
            {
                Report(diagnostics, DiagnosticDescriptors.LayersInSeveralDeclarations, AttributeLocation(dense, cancellationToken), type.Name);
                return layers;
            }
        }

        // Source order: GetAttributes keeps it within one declaration, but sort by position to not depend on that.
        if (!InSourceOrder(denses))
        {
            denses.Sort((a, b) => Start(a).CompareTo(Start(b)));
        }

        allRead = true;
        for (int i = 0; i < denses.Count; i++)
        {
            AttributeData dense = denses[i];
            if (dense.ConstructorArguments.Length != 2
                || dense.ConstructorArguments[0].Value is not int units
                || dense.ConstructorArguments[1].Value is not int activation)
            {
                allRead = false;
                continue; // Malformed: the compiler reports it.
            }

            if (units <= 0)
            {
                Report(diagnostics, DiagnosticDescriptors.NonPositiveSize, ArgumentLocation(dense, 0, null, cancellationToken), $"The units of layer {i + 1}", units.ToString());
            }

            if (!IsDefined(activation, s_activationKinds))
            {
                Report(diagnostics, DiagnosticDescriptors.UndefinedEnumValue, ArgumentLocation(dense, 1, null, cancellationToken), Describe("Activation", activation), "Activation");
            }

            layers.Add((new LayerSpec(units, (ActivationKind)activation), dense));
        }

        return layers;
    }

    private static void CheckLossFitsOutput(LossKind loss, (LayerSpec Layer, AttributeData Attribute) output, string typeName, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        LayerSpec layer = output.Layer;
        string? requirement = loss switch
        {
            LossKind.Hinge or LossKind.Logistic when layer.Units != 1 || layer.Activation != ActivationKind.Identity
                => "exactly one output with Activation.Identity (it reads the raw score z)",
            LossKind.SoftmaxCrossEntropy when layer.Units < 2 || layer.Activation != ActivationKind.Identity
                => "at least two outputs with Activation.Identity (softmax is folded into the loss)",
            _ => null,
        };

        if (requirement is not null)
        {
            Report(
                diagnostics,
                DiagnosticDescriptors.LossOutputMismatch,
                AttributeLocation(output.Attribute, cancellationToken),
                loss.ToString(),
                requirement,
                layer.Units.ToString(),
                layer.Activation.ToString());
        }
    }

    private static void CheckMemberCollisions(INamedTypeSymbol type, TypeDeclarationSyntax declaration, LossKind loss, int outputSize, List<DiagnosticInfo> diagnostics)
    {
        // MemberNames comes from the declarations alone, so the common case (no collision) binds no member. It leaves out
        // nested types, which collide just the same; those, and whether there is a base list at all, are read from the
        // declarations' syntax. This runs again on every edit: nothing here may bind or build per member.
        ICollection<string> declared = type.MemberNames as ICollection<string> ?? type.MemberNames.ToList();
        List<string>? nested = null;
        bool mayInherit = false;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax part)
            {
                continue;
            }

            mayInherit |= part.BaseList is not null;
            foreach (MemberDeclarationSyntax member in part.Members)
            {
                string? typeName = member switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    DelegateDeclarationSyntax d => d.Identifier.ValueText,
                    _ => null,
                };
                if (typeName is not null)
                {
                    (nested ??= []).Add(typeName);
                }
            }
        }

        // System.Object declares none of the generated names and is no network, so a class without a base class of its
        // own has nothing to inherit a collision from; without a base list in any declaration, that is known unbound.
        INamedTypeSymbol? firstBase = mayInherit && type.BaseType is { SpecialType: not SpecialType.System_Object } b ? b : null;
        foreach (string name in GeneratedMemberNames.For(loss, outputSize))
        {
            ISymbol? member = declared.Contains(name) || (nested?.Contains(name) ?? false)
                ? type.GetMembers(name).FirstOrDefault(m => !m.IsImplicitlyDeclared)
                : null;
            if (member is not null)
            {
                Location? location = member.Locations.FirstOrDefault(l => l.IsInSource);
                Report(diagnostics, DiagnosticDescriptors.MemberCollision, location is null ? null : LocationInfo.From(location), type.Name, name);
                continue;
            }

            // An inherited member the class can see would be hidden by the generated one: CS0108 in the generated file.
            // Reported on the class, since the base class may not be the user's to rename.
            // A base network's members are generated too, so they are not in the compilation yet: it collides on every name.
            for (INamedTypeSymbol? baseType = firstBase; baseType is not null; baseType = baseType.BaseType)
            {
                bool baseIsNetwork = AttributesOf(baseType, AttributeNames.Network).Count > 0;
                if (baseIsNetwork || baseType.GetMembers(name).Any(m => !m.IsImplicitlyDeclared && IsVisibleTo(m, type)))
                {
                    Report(diagnostics, DiagnosticDescriptors.MemberCollision, LocationInfo.From(declaration.Identifier.GetLocation()), type.Name, name);
                    if (baseIsNetwork)
                    {
                        return; // once, not for each of the generated names
                    }

                    break;
                }
            }
        }
    }

    private static bool IsVisibleTo(ISymbol inherited, INamedTypeSymbol type) => inherited.DeclaredAccessibility switch
    {
        Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
        Accessibility.Internal or Accessibility.ProtectedAndInternal =>
            SymbolEqualityComparer.Default.Equals(inherited.ContainingAssembly, type.ContainingAssembly) || inherited.ContainingAssembly.GivesAccessTo(type.ContainingAssembly),
        _ => false,
    };

    private static bool IsFileLocal(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>[Network], [Input] and [Dense] of a type, in one pass over its attributes.</summary>
    private static (List<AttributeData> Networks, List<AttributeData> Inputs, List<AttributeData> Denses) NetGenAttributesOf(INamedTypeSymbol type)
    {
        var networks = new List<AttributeData>(1);
        var inputs = new List<AttributeData>(1);
        var denses = new List<AttributeData>();
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } c && c.ContainingNamespace is { Name: AttributeNames.Namespace, ContainingNamespace.IsGlobalNamespace: true })
            {
                List<AttributeData>? list = c.Name switch
                {
                    AttributeNames.NetworkName => networks,
                    AttributeNames.InputName => inputs,
                    AttributeNames.DenseName => denses,
                    _ => null,
                };
                list?.Add(attribute);
            }
        }

        return (networks, inputs, denses);
    }

    private static int Start(AttributeData attribute) => attribute.ApplicationSyntaxReference?.Span.Start ?? 0;

    private static bool InSourceOrder(List<AttributeData> attributes)
    {
        for (int i = 1; i < attributes.Count; i++)
        {
            if (Start(attributes[i - 1]) > Start(attributes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDefined(int value, int count) => value >= 0 && value < count;

    /// <summary>The attributes of one NetGen type, matched by name and namespace without formatting any symbol.</summary>
    private static List<AttributeData> AttributesOf(INamedTypeSymbol type, string metadataName)
    {
        string name = metadataName.Substring(AttributeNames.Namespace.Length + 1);
        var result = new List<AttributeData>();
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } c
                && c.Name == name
                && c.ContainingNamespace is { Name: AttributeNames.Namespace, ContainingNamespace.IsGlobalNamespace: true })
            {
                result.Add(attribute);
            }
        }

        return result;
    }

    private static bool IsDeclaredIn(AttributeData attribute, TypeDeclarationSyntax declaration, CancellationToken cancellationToken) =>
        OwnerDeclaration(attribute, cancellationToken) == declaration;

    private static SyntaxNode? OwnerDeclaration(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>();

    private static LocationInfo? AttributeLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken));

    /// <summary>The location of a positional argument (by index) or a named one (by name), else of the whole attribute.</summary>
    private static LocationInfo? ArgumentLocation(AttributeData attribute, int index, string? name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        SeparatedSyntaxList<AttributeArgumentSyntax> arguments = syntax.ArgumentList?.Arguments ?? default;
        AttributeArgumentSyntax? argument = name is not null
            ? arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)
            : PositionalArgument(attribute, arguments, index);
        return LocationInfo.From(argument ?? (SyntaxNode)syntax);
    }

    /// <summary>Constructor argument <paramref name="index"/>: by its parameter's name when written as <c>units: 3</c>, which may reorder the arguments, else by position.</summary>
    private static AttributeArgumentSyntax? PositionalArgument(AttributeData attribute, SeparatedSyntaxList<AttributeArgumentSyntax> arguments, int index)
    {
        ImmutableArray<IParameterSymbol> parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
        string? parameter = index < parameters.Length ? parameters[index].Name : null;
        AttributeArgumentSyntax? named = arguments.FirstOrDefault(a => a.NameColon is not null && a.NameColon.Name.Identifier.ValueText == parameter);
        if (named is not null)
        {
            return named;
        }

        return index < arguments.Count && arguments[index].NameEquals is null && arguments[index].NameColon is null ? arguments[index] : null;
    }

    private static string Describe(string enumName, int value) => $"({enumName}){value}";

    private static void Report(List<DiagnosticInfo> diagnostics, DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        diagnostics.Add(new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(args)));
}
