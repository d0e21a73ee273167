using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetGen.Generator.Tests;

/// <summary>What a C# block of the Markdown is, by the HTML comment on the line before its fence.</summary>
internal enum SnippetKind
{
    /// <summary>No marker, or <c>&lt;!-- program --&gt;</c>: a whole Program.cs of a console app.</summary>
    Program,

    /// <summary><c>&lt;!-- program: continues --&gt;</c>: more of the previous program block of the same file.</summary>
    Continues,

    /// <summary><c>&lt;!-- fragment --&gt;</c> (or <c>&lt;!-- fragment: why --&gt;</c>): not compiled.</summary>
    Fragment,
}

/// <summary>A fenced C# block: <paramref name="FenceLine"/> is the 1-based line of its opening fence.</summary>
internal sealed record Snippet(string File, int FenceLine, SnippetKind Kind, string Code);

/// <summary>The outcome of checking one Markdown file: how many blocks compiled as programs, and every problem.</summary>
internal sealed record SnippetReport(int Programs, int Fragments, IReadOnlyList<string> Problems);

/// <summary>
/// Extracts the C# blocks of a Markdown file and compiles every one that is not marked as a fragment the way a reader
/// would use it: as Program.cs of a <c>dotnet new console</c> app for net10.0 (latest C#, nullable on, the implicit
/// usings), then for net8.0 with C# 12 (which NetGen supports), referencing the NetGen package (and NetGen.Onnx when the block names it), with NetGen's generator and
/// analyzer run over it as in a build. Zero errors and zero warnings, in the block and in the generated code.
/// </summary>
internal static class DocumentationSnippets
{
    public const string FragmentMarker = "<!-- fragment -->";
    public const string ProgramMarker = "<!-- program -->";
    public const string ContinuesMarker = "<!-- program: continues -->";

    private static readonly string[] s_csharpLanguages = ["csharp", "cs", "c#"];

    private static readonly Regex s_openingFence = new(@"^(?<indent>\s*)(?<fence>`{3,}|~{3,})(?<info>.*)$", RegexOptions.CultureInvariant);

    // dotnet new console: <ImplicitUsings>enable</ImplicitUsings> for Microsoft.NET.Sdk.
    private const string ImplicitUsings =
        "global using global::System;\n" +
        "global using global::System.Collections.Generic;\n" +
        "global using global::System.IO;\n" +
        "global using global::System.Linq;\n" +
        "global using global::System.Net.Http;\n" +
        "global using global::System.Threading;\n" +
        "global using global::System.Threading.Tasks;\n";

    private static readonly MetadataReference[] s_netGen =
        [MetadataReference.CreateFromFile(typeof(NetworkAttribute).Assembly.Location)];

    private static readonly MetadataReference[] s_netGenOnnx =
    [
        MetadataReference.CreateFromFile(typeof(NetGen.Onnx.OnnxExporter).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::Onnx.ModelProto).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Google.Protobuf.IMessage).Assembly.Location),
    ];

    /// <summary>The repository root: the first directory above the test's output that holds NetGen.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every Markdown file of the repository (not build output), relative to its root, with '/' separators.</summary>
    public static IReadOnlyList<string> MarkdownFiles()
    {
        string[] skipped = ["bin", "obj", ".git", "artifacts", "TestResults", "node_modules"];
        return Directory.EnumerateFiles(RepositoryRoot, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(segment => skipped.Contains(segment)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Extracts and checks the C# blocks of <paramref name="markdown"/>, named <paramref name="file"/> in messages.</summary>
    public static SnippetReport Check(string file, string markdown)
    {
        var problems = new List<string>();
        IReadOnlyList<Snippet> snippets = Extract(file, markdown, problems);
        string[] lines = SplitLines(markdown);

        int programs = 0;
        var chain = new List<Snippet>();
        foreach (Snippet snippet in snippets)
        {
            switch (snippet.Kind)
            {
                case SnippetKind.Fragment:
                    continue;
                case SnippetKind.Program:
                    chain = [snippet];
                    break;
                case SnippetKind.Continues when chain.Count == 0:
                    problems.Add($"{file}:{snippet.FenceLine}: the block is marked {ContinuesMarker}, but no program block comes before it in this file.");
                    continue;
                case SnippetKind.Continues:
                    chain = [.. chain, snippet];
                    break;
            }

            programs++;
            // .NET 10 first, as the README's SDK; then .NET 8 with C# 12, which NetGen supports too.
            foreach (bool net8 in new[] { false, true })
            {
                IReadOnlyList<string> found = Compile(chain, lines, problems, net8);
                if (found.Count > 0)
                {
                    string target = net8 ? "net8.0, C# 12" : "net10.0, latest C#";
                    string what = snippet.Kind == SnippetKind.Continues
                        ? $"the block (marked {ContinuesMarker}) does not compile ({target}) after the program block at line {chain[0].FenceLine}"
                        : $"the C# block does not compile as Program.cs of a console app ({target}, nullable and implicit usings on, NetGen's generator run); every C# block is a program unless the line before its fence is {FragmentMarker} (see DEVELOPERS.md)";
                    problems.Add($"{file}:{snippet.FenceLine}: {what}:\n" + string.Join("\n", found.Select(line => "    " + line)));
                    break;
                }
            }
        }

        return new SnippetReport(programs, snippets.Count(s => s.Kind == SnippetKind.Fragment), problems);
    }

    /// <summary>The C# blocks of <paramref name="markdown"/>; malformed fences and markers go to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<Snippet> Extract(string file, string markdown, List<string> problems)
    {
        string[] lines = SplitLines(markdown);
        var snippets = new List<Snippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = s_openingFence.Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            string indent = open.Groups["indent"].Value;
            string fence = open.Groups["fence"].Value;
            string info = open.Groups["info"].Value.Trim();
            int fenceLine = i + 1;

            int close = i + 1;
            while (close < lines.Length && !IsClosingFence(lines[close], fence))
            {
                close++;
            }

            if (close == lines.Length)
            {
                problems.Add($"{file}:{fenceLine}: the code fence is never closed.");
                break;
            }

            string[] words = info.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && s_csharpLanguages.Contains(words[0], StringComparer.OrdinalIgnoreCase))
            {
                if (words.Length > 1)
                {
                    problems.Add($"{file}:{fenceLine}: the fence's info string is \"{info}\"; write just ```{words[0]} and mark the kind of block on the line before the fence: {FragmentMarker}, {ProgramMarker} or {ContinuesMarker} (see DEVELOPERS.md).");
                }

                SnippetKind? kind = KindOf(file, fenceLine, i > 0 ? lines[i - 1] : "", problems);
                if (kind is not null)
                {
                    string code = string.Join("\n", lines[(i + 1)..close].Select(line => Dedent(line, indent)));
                    snippets.Add(new Snippet(file, fenceLine, kind.Value, code));
                }
            }

            i = close;
        }

        return snippets;
    }

    private static SnippetKind? KindOf(string file, int fenceLine, string lineBefore, List<string> problems)
    {
        string marker = lineBefore.Trim();
        if (!marker.StartsWith("<!--", StringComparison.Ordinal))
        {
            return SnippetKind.Program;
        }

        string inner = marker.EndsWith("-->", StringComparison.Ordinal) && marker.Length >= 7 ? marker[4..^3].Trim() : "";
        if (inner == "program")
        {
            return SnippetKind.Program;
        }

        if (inner == "program: continues")
        {
            return SnippetKind.Continues;
        }

        if (inner == "fragment" || inner.StartsWith("fragment:", StringComparison.Ordinal))
        {
            return SnippetKind.Fragment;
        }

        problems.Add($"{file}:{fenceLine - 1}: \"{marker}\" on the line before a C# block is not a marker; use {FragmentMarker} (optionally <!-- fragment: why -->), {ProgramMarker} or {ContinuesMarker}, or leave a blank line (see DEVELOPERS.md).");
        return null;
    }

    private static bool IsClosingFence(string line, string fence)
    {
        string trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    private static string Dedent(string line, string indent) =>
        line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line.TrimStart();

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');

    /// <summary>Compiles <paramref name="chain"/> (a program block and the blocks that continue it) and returns its problems.</summary>
    private static IReadOnlyList<string> Compile(IReadOnlyList<Snippet> chain, string[] markdownLines, List<string> problems, bool net8)
    {
        var parse = new CSharpParseOptions(net8 ? LanguageVersion.CSharp12 : LanguageVersion.Latest);
        string source = chain.Count == 1 ? Mapped(chain[0], 0) + chain[0].Code + "\n" : Combine(chain, parse, net8 ? [] : problems);
        SyntaxTree program = CSharpSyntaxTree.ParseText(source, parse, path: "Program.cs", encoding: Encoding.UTF8);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "MyApp.GlobalUsings.g.cs", encoding: Encoding.UTF8), program };

        var root = (CompilationUnitSyntax)program.GetRoot();
        bool hasEntryPoint = root.Members.OfType<GlobalStatementSyntax>().Any()
            || root.DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.Text == "Main");
        if (!hasEntryPoint)
        {
            // A block of types only is a file of the app, beside a Program.cs of its own.
            trees.Add(CSharpSyntaxTree.ParseText("return;\n", parse, path: "Main.cs", encoding: Encoding.UTF8));
        }

        IEnumerable<MetadataReference> references = (net8 ? Net80.References.All : Net100.References.All).Concat(s_netGen);
        if (chain.Any(s => s.Code.Contains("NetGen.Onnx", StringComparison.Ordinal)))
        {
            references = references.Concat(s_netGenOnnx);
        }

        CSharpCompilation compilation = CSharpCompilation.Create(
            "MyApp",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

        GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        var found = new List<string>();
        if (run.Exception is not null)
        {
            found.Add($"NetGen's generator threw: {run.Exception}");
            return found;
        }

        var generated = run.GeneratedSources.ToDictionary(s => s.SyntaxTree, s => s.HintName);
        IEnumerable<Diagnostic> diagnostics = generatorDiagnostics
            .Concat(GeneratorHarness.Analyze(output))
            .Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning);
        foreach (Diagnostic diagnostic in diagnostics.Distinct())
        {
            found.Add(Describe(diagnostic, generated, markdownLines));
        }

        return found;
    }

    private static string Describe(Diagnostic diagnostic, Dictionary<SyntaxTree, string> generated, string[] markdownLines)
    {
        string what = $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        Location location = diagnostic.Location;
        if (!location.IsInSource)
        {
            return what;
        }

        int line = location.GetLineSpan().StartLinePosition.Line;
        if (generated.TryGetValue(location.SourceTree!, out string? hint))
        {
            string text = location.SourceTree!.GetText().Lines[line].ToString().Trim();
            return $"generated {hint}({line + 1}): {what}\n        {text}";
        }

        FileLinePositionSpan mapped = location.GetMappedLineSpan();
        int markdownLine = mapped.StartLinePosition.Line + 1;
        if (!mapped.HasMappedPath)
        {
            return $"{mapped.Path}({markdownLine}): {what}";
        }

        string source = markdownLine >= 1 && markdownLine <= markdownLines.Length ? markdownLines[markdownLine - 1].Trim() : "";
        return $"{mapped.Path}:{markdownLine}: {what}\n        {source}";
    }

    /// <summary>A #line directive that maps the block's line <paramref name="line"/> (0-based) to its line in the Markdown.</summary>
    private static string Mapped(Snippet snippet, int line) =>
        $"#line {snippet.FenceLine + 1 + line} \"{snippet.File}\"\n";

    /// <summary>
    /// One Program.cs of a program block and the blocks that continue it: every block's using directives, then every
    /// block's statements in order, then every block's types, each mapped back to its line in the Markdown.
    /// </summary>
    private static string Combine(IReadOnlyList<Snippet> chain, CSharpParseOptions parse, List<string> problems)
    {
        var usings = new StringBuilder();
        var statements = new StringBuilder();
        var types = new StringBuilder();
        var seenUsings = new HashSet<string>(StringComparer.Ordinal);
        foreach (Snippet snippet in chain)
        {
            var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(snippet.Code, parse).GetRoot();
            foreach (SyntaxNode node in root.Externs.Cast<SyntaxNode>().Concat(root.Usings))
            {
                if (seenUsings.Add(node.ToString()))
                {
                    usings.Append(Piece(snippet, node));
                }
            }

            foreach (AttributeListSyntax attributes in root.AttributeLists)
            {
                usings.Append(Piece(snippet, attributes));
            }

            bool typeSeen = false;
            foreach (MemberDeclarationSyntax member in root.Members)
            {
                if (member is GlobalStatementSyntax)
                {
                    if (typeSeen)
                    {
                        problems.Add($"{snippet.File}:{LineOf(snippet, member)}: a statement after a type declaration (CS8803 when pasted as it is).");
                    }

                    statements.Append(Piece(snippet, member));
                }
                else
                {
                    typeSeen = true;
                    types.Append(Piece(snippet, member));
                }
            }
        }

        return $"{usings}{statements}{types}";
    }

    private static int LineOf(Snippet snippet, SyntaxNode node) =>
        snippet.FenceLine + 1 + node.GetLocation().GetLineSpan().StartLinePosition.Line;

    private static string Piece(Snippet snippet, SyntaxNode node) =>
        Mapped(snippet, node.GetLocation().GetLineSpan().StartLinePosition.Line) + node.ToString() + "\n";

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NetGen.sln in {AppContext.BaseDirectory} or any directory above it.");
    }
}
