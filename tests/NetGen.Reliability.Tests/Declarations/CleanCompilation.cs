using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Reliability.Tests.Support;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>A warning or error of a compilation of valid declarations, with the declaration it belongs to (null when it has no source location).</summary>
public sealed record Problem(WrittenDeclaration? Culprit, Diagnostic Diagnostic);

/// <summary>
/// Compiles valid declarations together with the code NetGen generates for them, many to one compilation, and
/// attributes every warning and error to the declaration whose file or generated file it is in. A declaration with
/// <see cref="Noise"/> is compiled as written: the problems inside its deliberately broken member or class (its
/// <c>noise</c> span) are expected; any other problem, in its files or in its generated code, is not.
/// </summary>
public static class CleanCompilation
{
    /// <summary>The problems of compiling <paramref name="declarations"/> and their generated code, as one compilation.</summary>
    public static IReadOnlyList<Problem> Problems(IReadOnlyList<WrittenDeclaration> declarations)
    {
        var owner = new Dictionary<string, WrittenDeclaration>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>();
        foreach (WrittenDeclaration declaration in declarations)
        {
            foreach ((string path, string text) in declaration.Files)
            {
                owner[path] = declaration;
                trees.Add(InMemoryGenerator.Parse(text, path));
            }
        }

        GeneratorRun run = InMemoryGenerator.Run(InMemoryGenerator.Compile(trees));
        if (run.Result.Exception is not null)
        {
            return [new Problem(null, Diagnostic.Create("NGTEST", "Test", $"the generator threw {run.Result.Exception}", DiagnosticSeverity.Error, DiagnosticSeverity.Error, true, 0))];
        }

        // A generated file belongs to the declaration of the class it adds to (or of that declaration's case twin).
        var byName = new Dictionary<string, WrittenDeclaration>(StringComparer.Ordinal);
        foreach (WrittenDeclaration declaration in declarations)
        {
            byName[declaration.Declaration.MetadataName] = declaration;
            if (declaration.Declaration.CaseTwinMetadataName is { } twin)
            {
                byName[twin] = declaration;
            }
        }

        foreach (GeneratedSourceResult source in run.Result.GeneratedSources)
        {
            if (byName.TryGetValue(GeneratedClassName(source.SyntaxTree), out WrittenDeclaration? declaration))
            {
                owner[source.SyntaxTree.FilePath] = declaration;
            }
        }

        var problems = new List<Problem>();
        foreach (Diagnostic diagnostic in run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Concat(run.CompilationProblems()))
        {
            string? path = diagnostic.Location.SourceTree?.FilePath;
            WrittenDeclaration? culprit = path is not null && owner.TryGetValue(path, out WrittenDeclaration? found) ? found : null;
            if (culprit is not null && IsDeliberate(culprit, diagnostic))
            {
                continue;
            }

            problems.Add(new Problem(culprit, diagnostic));
        }

        return problems;
    }

    /// <summary>
    /// The warnings and errors located in the generated files of compiling <paramref name="declarations"/> (with errors
    /// of their own) and their generated code: what a signatures-only file must not add.
    /// </summary>
    public static IReadOnlyList<Problem> GeneratedFileProblems(IReadOnlyList<WrittenDeclaration> declarations)
    {
        var trees = new List<SyntaxTree>();
        var byName = new Dictionary<string, WrittenDeclaration>(StringComparer.Ordinal);
        foreach (WrittenDeclaration declaration in declarations)
        {
            byName[declaration.Declaration.MetadataName] = declaration;
            foreach ((string path, string text) in declaration.Files)
            {
                trees.Add(InMemoryGenerator.Parse(text, path));
            }
        }

        GeneratorRun run = InMemoryGenerator.Run(InMemoryGenerator.Compile(trees));
        var generated = new Dictionary<string, WrittenDeclaration?>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in run.Result.GeneratedSources)
        {
            generated[source.SyntaxTree.FilePath] = byName.GetValueOrDefault(GeneratedClassName(source.SyntaxTree));
        }

        return run.CompilationProblems()
            .Where(d => d.Location.SourceTree?.FilePath is { } path && generated.ContainsKey(path))
            .Select(d => new Problem(generated[d.Location.SourceTree!.FilePath], d))
            .ToList();
    }

    /// <summary>True for the signatures-only file of a network with errors, by the comment it opens with.</summary>
    public static bool IsSignaturesOnly(SyntaxTree tree) => tree.GetText().ToString().Contains("whose declaration has errors: signatures only", StringComparison.Ordinal);

    /// <summary>The generated source of <paramref name="declaration"/> compiled alone, for a failure message.</summary>
    public static string GeneratedSource(WrittenDeclaration declaration)
    {
        GeneratorRun run = InMemoryGenerator.Run(InMemoryGenerator.Compile(declaration.Files.Select(f => InMemoryGenerator.Parse(f.Text, f.Path))));
        return string.Join(Environment.NewLine, run.Result.GeneratedSources.Select(s => $"// ---- generated {s.HintName}{Environment.NewLine}{s.SourceText}"));
    }

    /// <summary>The metadata name of the class a generated file adds to (the one implementing INetwork), read from its syntax.</summary>
    public static string GeneratedClassName(SyntaxTree tree)
    {
        ClassDeclarationSyntax generated = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.BaseList is not null);
        var path = new List<string>();
        for (SyntaxNode? node = generated; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax type:
                    path.Insert(0, type.Identifier.ValueText + (type.TypeParameterList is null ? string.Empty : "`" + type.TypeParameterList.Parameters.Count));
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    return string.Join(".", ns.Name.ToString().Split('.').Select(n => n.TrimStart('@'))) + "." + string.Join("+", path);
            }
        }

        return string.Join("+", path);
    }

    private static bool IsDeliberate(WrittenDeclaration declaration, Diagnostic diagnostic)
    {
        if (declaration.Declaration.Noise == Noise.None || !declaration.Marks.TryGetValue("noise", out SourceSpan? noise))
        {
            return false;
        }

        Microsoft.CodeAnalysis.Text.TextSpan span = diagnostic.Location.SourceSpan;
        return diagnostic.Location.SourceTree?.FilePath == noise.Path && span.Start >= noise.Start && span.End <= noise.Start + noise.Length;
    }
}
