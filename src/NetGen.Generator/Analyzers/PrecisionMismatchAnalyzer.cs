using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Parsing;

namespace NetGen.Generator.Analyzers;

/// <summary>
/// NG0016: a call of NetGen's API on a float network with double data (or the reverse) fails with CS0411 ("type
/// arguments cannot be inferred") for the generic helpers such as Fit, or CS1503 for the generated members, and neither
/// says that the precisions differ. This analyzer looks only at calls that did not bind (it registers for the compiler's
/// invalid operations alone, so its own work is confined to broken code), whose candidates are NetGen's (the network class's own members, or members of
/// a type in the NetGen namespaces), and whose network, the receiver or else the first argument that is one, is a
/// [Network] class or an INetwork&lt;float&gt; / INetwork&lt;double&gt;; it reports the first argument that is an array,
/// span or memory of the other element type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrecisionMismatchAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PrecisionMismatch);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? face = start.Compilation.GetTypeByMetadataName("NetGen.INetwork`1");
            if (face is null)
            {
                return;
            }

            var calls = new Calls(start.Compilation.GetTypeByMetadataName(AttributeNames.Network), face);
            start.RegisterOperationAction(calls.Analyze, OperationKind.Invalid);
        });
    }

    private sealed class Calls(INamedTypeSymbol? network, INamedTypeSymbol face)
    {
        public void Analyze(OperationAnalysisContext context)
        {
            if (context.Operation.Syntax is not InvocationExpressionSyntax invocation || context.Operation.SemanticModel is not { } model)
            {
                return;
            }

            SymbolInfo target = model.GetSymbolInfo(invocation, context.CancellationToken);
            if (target.Symbol is not null || target.CandidateSymbols.IsDefaultOrEmpty)
            {
                return;
            }

            // The network: the receiver of x.Method(...), else the first argument that is a network.
            ITypeSymbol? networkType = null;
            SpecialType precision = SpecialType.None;
            if (invocation.Expression is MemberAccessExpressionSyntax access
                && model.GetTypeInfo(access.Expression, context.CancellationToken).Type is { } receiver
                && model.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol is not INamedTypeSymbol)
            {
                precision = PrecisionOf(receiver);
                networkType = receiver;
            }

            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            int networkArgument = -1;
            for (int i = 0; i < arguments.Count && precision == SpecialType.None; i++)
            {
                if (model.GetTypeInfo(arguments[i].Expression, context.CancellationToken).Type is { } type)
                {
                    precision = PrecisionOf(type);
                    networkType = type;
                    networkArgument = i;
                }
            }

            if (precision == SpecialType.None || networkType is null || !AllNetGen(target.CandidateSymbols, networkType))
            {
                return;
            }

            SpecialType other = precision == SpecialType.System_Single ? SpecialType.System_Double : SpecialType.System_Single;
            for (int i = 0; i < arguments.Count; i++)
            {
                if (i == networkArgument)
                {
                    continue;
                }

                ITypeSymbol? type = model.GetTypeInfo(arguments[i].Expression, context.CancellationToken).Type;
                if (type is not null && ElementType(type) == other)
                {
                    string single = precision == SpecialType.System_Single ? "float" : "double";
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.PrecisionMismatch,
                        arguments[i].GetLocation(),
                        networkType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        single,
                        precision == SpecialType.System_Single ? "Single" : "Double",
                        arguments[i].Expression.ToString(),
                        type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                    return;
                }
            }
        }

        /// <summary>float or double for a [Network] class or an INetwork&lt;float/double&gt;, else None.</summary>
        private SpecialType PrecisionOf(ITypeSymbol type)
        {
            if (network is not null && type is INamedTypeSymbol named)
            {
                foreach (AttributeData attribute in named.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, network))
                    {
                        int value = 0;
                        foreach (var argument in attribute.NamedArguments)
                        {
                            if (argument.Key == "Precision" && argument.Value.Value is int precision)
                            {
                                value = precision;
                            }
                        }

                        return value switch
                        {
                            0 => SpecialType.System_Single,
                            1 => SpecialType.System_Double,
                            _ => SpecialType.None,
                        };
                    }
                }
            }

            if (IsFace(type, out SpecialType element))
            {
                return element;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (IsFace(implemented, out element))
                {
                    return element;
                }
            }

            return SpecialType.None;
        }

        private bool IsFace(ITypeSymbol type, out SpecialType element)
        {
            element = SpecialType.None;
            if (type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, face))
            {
                element = named.TypeArguments[0].SpecialType is SpecialType.System_Single or SpecialType.System_Double ? named.TypeArguments[0].SpecialType : SpecialType.None;
            }

            return element != SpecialType.None;
        }

        /// <summary>Every candidate is the network's own member or a member of a type in a NetGen namespace.</summary>
        private static bool AllNetGen(ImmutableArray<ISymbol> candidates, ITypeSymbol networkType)
        {
            foreach (ISymbol candidate in candidates)
            {
                INamedTypeSymbol? owner = candidate.ContainingType;
                if (owner is null || !(SymbolEqualityComparer.Default.Equals(owner, networkType) || InNetGen(owner.ContainingNamespace)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool InNetGen(INamespaceSymbol? ns)
        {
            for (; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name == AttributeNames.Namespace)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element type of an array, Span, ReadOnlySpan, Memory or ReadOnlyMemory, else None.</summary>
        private static SpecialType ElementType(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => array.ElementType.SpecialType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
                when named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
                && named.Name is "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" => named.TypeArguments[0].SpecialType,
            _ => SpecialType.None,
        };
    }
}
