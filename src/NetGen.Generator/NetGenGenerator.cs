using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Emit;
using NetGen.Generator.Model;
using NetGen.Generator.Parsing;

namespace NetGen.Generator;

/// <summary>
/// The incremental pipeline, and nothing else: find [Network] types, parse each into a spec or diagnostics, emit the
/// specs. Every step has a tracking name so tests can check what is cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NetGenGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps.</summary>
    public static class Steps
    {
        /// <summary>[Network] types parsed into specs or diagnostics.</summary>
        public const string Networks = nameof(Networks);

        /// <summary>The specs that are emitted.</summary>
        public const string Specs = nameof(Specs);

        /// <summary>The diagnostics of declarations that cannot be emitted.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>[Input] or [Dense] without [Network].</summary>
        public const string OrphanLayers = nameof(OrphanLayers);
    }

    private static readonly string s_version =
        typeof(NetGenGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> networks = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Network,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (ctx, ct) => NetworkParser.Parse(ctx, ct))
            .Where(static r => r is not null)
            .Select(static (r, _) => r!)
            .WithTrackingName(Steps.Networks);

        IncrementalValuesProvider<NetworkSpec> specs = networks
            .Where(static r => r.Spec is not null)
            .Select(static (r, _) => r.Spec!)
            .WithTrackingName(Steps.Specs);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = networks
            .Where(static r => r.Diagnostics.Count > 0)
            .Select(static (r, _) => r.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);

        IncrementalValuesProvider<DiagnosticInfo> orphanInputs = OrphanLayerAttributes(context, AttributeNames.Input, "Input");
        IncrementalValuesProvider<DiagnosticInfo> orphanDenses = OrphanLayerAttributes(context, AttributeNames.Dense, "Dense");

        context.RegisterSourceOutput(specs, static (spc, spec) =>
            spc.AddSource(spec.HintName, NetworkEmitter.Emit(spec, s_version)));

        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (DiagnosticInfo diagnostic in list)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(orphanInputs, static (spc, d) => spc.ReportDiagnostic(d.ToDiagnostic()));
        context.RegisterSourceOutput(orphanDenses, static (spc, d) => spc.ReportDiagnostic(d.ToDiagnostic()));
    }

    private static IncrementalValuesProvider<DiagnosticInfo> OrphanLayerAttributes(
        IncrementalGeneratorInitializationContext context, string metadataName, string shortName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                metadataName,
                static (node, _) => NetworkParser.MayLackNetworkAttribute(node),
                (ctx, ct) => NetworkParser.ParseOrphanLayerAttribute(ctx, shortName, ct))
            .Where(static d => d is not null)
            .Select(static (d, _) => d!)
            .WithTrackingName(Steps.OrphanLayers);
}
