using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Parsing;

namespace NetGen.Generator.Analyzers;

/// <summary>
/// NG0013: [Input] or [Dense] on a type without [Network] generates nothing. An analyzer rather than a generator step,
/// because it needs no output of the generator, and a generator step runs on the generator's path after every edit
/// while the IDE runs analyzers in the background. Reported once per type and attribute kind, on the first attribute of
/// that kind, so a partial type is warned once, and not at all when another of its declarations carries [Network].
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OrphanLayerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LayerAttributeWithoutNetwork);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Resolved once per compilation, so each type costs reference comparisons, not names.
            INamedTypeSymbol? input = start.Compilation.GetTypeByMetadataName(AttributeNames.Input);
            INamedTypeSymbol? dense = start.Compilation.GetTypeByMetadataName(AttributeNames.Dense);
            if (input is null && dense is null)
            {
                return;
            }

            var attributes = new LayerAttributes(start.Compilation.GetTypeByMetadataName(AttributeNames.Network), input, dense);
            start.RegisterSymbolAction(attributes.Analyze, SymbolKind.NamedType);
        });
    }

    private sealed class LayerAttributes(INamedTypeSymbol? network, INamedTypeSymbol? input, INamedTypeSymbol? dense)
    {
        public void Analyze(SymbolAnalysisContext context)
        {
            // The type declarations a generator's [Network] lookup sees: classes, structs, records and interfaces. On an
            // enum or a delegate the attributes are the compiler's business alone (CS0592).
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return;
            }

            AttributeData? firstInput = null;
            AttributeData? firstDense = null;
            foreach (AttributeData attribute in type.GetAttributes())
            {
                INamedTypeSymbol? attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, network))
                {
                    return;
                }

                if (firstInput is null && SymbolEqualityComparer.Default.Equals(attributeClass, input))
                {
                    firstInput = attribute;
                }
                else if (firstDense is null && SymbolEqualityComparer.Default.Equals(attributeClass, dense))
                {
                    firstDense = attribute;
                }
            }

            Report(context, firstInput, "Input", type);
            Report(context, firstDense, "Dense", type);
        }

        private static void Report(SymbolAnalysisContext context, AttributeData? attribute, string attributeName, INamedTypeSymbol type)
        {
            if (attribute?.ApplicationSyntaxReference is { } reference)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LayerAttributeWithoutNetwork,
                    Location.Create(reference.SyntaxTree, reference.Span),
                    attributeName,
                    type.Name));
            }
        }
    }
}
