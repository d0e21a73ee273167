using System.Reflection;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Emit;
using NetGen.Generator.Model;
using NetGen.Generator.Parsing;

namespace NetGen.Generator;

/// <summary>
/// The incremental pipeline, and nothing else: find [Network] types, parse each into a spec or diagnostics, emit the
/// specs. Every step has a tracking name so tests can check what is cached. [Input] or [Dense] on a type without
/// [Network] (NG0013) is not the pipeline's concern: <see cref="Analyzers.OrphanLayerAnalyzer"/> reports it.
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

        /// <summary>The diagnostics of the [Network] declarations, one by one.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The hint-name stems that several specs share up to case.</summary>
        public const string CaseTwins = nameof(CaseTwins);

        /// <summary>Each spec with the stems shared up to case, which decide its file name: what is emitted.</summary>
        public const string Files = nameof(Files);
    }

    private static readonly string s_version =
        typeof(NetGenGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc/>
    /// <remarks>
    /// After an edit that does not touch a network (each keystroke in the IDE), FAWMN runs the parser again for every
    /// [Network] type, and every step below runs over its cached input. So the parser does the least it can, and the
    /// chain is short: each step costs something per network on every edit, even when all it does is find its input
    /// unchanged.
    /// </remarks>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> networks = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Network,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (ctx, ct) => NetworkParser.Parse(ctx, ct) ?? ParseResult.None)
            .WithTrackingName(Steps.Networks);

        IncrementalValuesProvider<NetworkSpec> specs = networks
            .SelectMany(static (r, _) => r.Specs)
            .WithTrackingName(Steps.Specs);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = networks
            .SelectMany(static (r, _) => r.Diagnostics.AsImmutableArray())
            .WithTrackingName(Steps.Diagnostics);

        // Roslyn compares hint names ignoring case, so Net and NET need file names that differ in more than case. Decided
        // over the specs, which are cached values, rather than by the parser searching the compilation on every edit.
        IncrementalValueProvider<EquatableArray<string>> caseTwins = specs
            .Collect()
            .Select(static (all, _) => CaseTwins.Among(all))
            .WithTrackingName(Steps.CaseTwins);

        IncrementalValuesProvider<(NetworkSpec Spec, EquatableArray<string> CaseTwins)> files = specs
            .Combine(caseTwins)
            .WithTrackingName(Steps.Files);

        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            NetworkSpec spec = CaseTwins.Mark(file.Spec, file.CaseTwins);
            spc.AddSource(spec.HintName, NetworkEmitter.Emit(spec, s_version));
        });

        context.RegisterSourceOutput(diagnostics, static (spc, d) => spc.ReportDiagnostic(d.ToDiagnostic()));
    }
}
