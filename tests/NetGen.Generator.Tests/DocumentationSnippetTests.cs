namespace NetGen.Generator.Tests;

/// <summary>
/// Every C# block of the repository's Markdown (README.md, docs/, the packages' READMEs) that is not marked
/// <c>&lt;!-- fragment --&gt;</c> compiles as Program.cs of a console app with NetGen's generator, without a warning.
/// The conventions are in DEVELOPERS.md ("Code blocks in the documentation").
/// </summary>
public class DocumentationSnippetTests
{
    /// <summary>The Markdown files with a C# block, or with a fence or marker the extractor rejects.</summary>
    public static TheoryData<string> FilesWithCSharp() => new(DocumentationSnippets.MarkdownFiles().Where(file =>
    {
        var problems = new List<string>();
        return DocumentationSnippets.Extract(file, Read(file), problems).Count > 0 || problems.Count > 0;
    }));

    private static string Read(string file) => File.ReadAllText(Path.Combine(DocumentationSnippets.RepositoryRoot, file));

    [Theory]
    [MemberData(nameof(FilesWithCSharp))]
    public void Every_csharp_block_not_marked_a_fragment_compiles_as_a_program(string file)
    {
        SnippetReport report = DocumentationSnippets.Check(file, Read(file));

        Assert.True(report.Problems.Count == 0, string.Join("\n\n", report.Problems));
    }

    [Fact]
    public void The_documentation_is_found_and_its_blocks_are_programs_unless_marked()
    {
        IReadOnlyList<string> files = DocumentationSnippets.MarkdownFiles();
        Assert.Contains("README.md", files);
        Assert.Contains("docs/training.md", files);
        Assert.Contains("src/NetGen.Onnx/README.md", files);
        Assert.DoesNotContain(files, f => f.Split('/').Any(segment => segment is "bin" or "obj"));

        var problems = new List<string>();
        List<Snippet> snippets = files.SelectMany(f => DocumentationSnippets.Extract(f, Read(f), problems)).ToList();
        Assert.Empty(problems);

        // The README's opening example is the first thing a newcomer pastes: it must be a program, not a fragment.
        Snippet first = snippets.First(s => s.File == "README.md");
        Assert.Equal(8, first.FenceLine);
        Assert.Equal(SnippetKind.Program, first.Kind);
        Assert.Contains("new XorNet()", first.Code, StringComparison.Ordinal);

        // Fragments are the exception (8 programs and 1 fragment when this was written).
        Assert.Contains(snippets, s => s.File == "docs/generated-api.md" && s.Kind == SnippetKind.Fragment);
        Assert.True(snippets.Count(s => s.Kind != SnippetKind.Fragment) >= 5, string.Join("\n", snippets.Select(s => $"{s.File}:{s.FenceLine} {s.Kind}")));
    }

    // The checker itself, on Markdown written here: each of these must fail, naming the file and the line.

    private const string XorDeclaration =
        "[Network(Loss.Hinge)]\n[Input(2)]\n[Dense(3, Activation.Sigmoid)]\n[Dense(1)]\npublic partial class XorNet { }\n";

    private const string XorStatements =
        "var net = new XorNet();\nfloat loss = net.TrainStep([0f, 1f], +1f, 0.5f);\nConsole.WriteLine(loss);\n";

    private static string Block(string code, string marker = "") =>
        "# Sample\n\nSome text.\n" + (marker.Length > 0 ? marker + "\n" : "\n") + "```csharp\n" + code + "```\n\nMore text.\n";

    [Fact]
    public void A_program_with_statements_first_and_the_network_after_them_passes()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("using NetGen;\n\n" + XorStatements + "\n" + XorDeclaration));

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Programs);
    }

    [Fact]
    public void Statements_after_the_type_fail_with_CS8803_at_the_markdown_line()
    {
        // Fence on line 5; "using NetGen;" line 6, the declaration lines 7-11, "var net" line 12.
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("using NetGen;\n" + XorDeclaration + XorStatements));

        string problem = Assert.Single(report.Problems);
        Assert.StartsWith("sample.md:5: the C# block does not compile as Program.cs", problem, StringComparison.Ordinal);
        Assert.Contains("sample.md:12: error CS8803", problem, StringComparison.Ordinal);
        Assert.Contains("var net = new XorNet();", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_block_marked_as_a_fragment_is_not_compiled()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("using NetGen;\n" + XorDeclaration + XorStatements, DocumentationSnippets.FragmentMarker));

        Assert.Empty(report.Problems);
        Assert.Equal(0, report.Programs);
        Assert.Equal(1, report.Fragments);
    }

    [Fact]
    public void An_explicit_program_marker_is_compiled_like_an_unmarked_block()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("float x = undefinedThing;\nConsole.WriteLine(x);\n", DocumentationSnippets.ProgramMarker));

        string problem = Assert.Single(report.Problems);
        Assert.Contains("sample.md:6: error CS0103", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_in_the_block_fails()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("string? s = null;\nConsole.WriteLine(s.Length);\n"));

        string problem = Assert.Single(report.Problems);
        Assert.Contains("sample.md:7: warning CS8602", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_that_needs_more_than_net8_and_CSharp_12_fails()
    {
        // Guid.CreateVersion7 is new in .NET 9: fine for net10.0, not for a net8.0 app.
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("Guid id = Guid.CreateVersion7();\nConsole.WriteLine(id);\n"));

        string problem = Assert.Single(report.Problems);
        Assert.True(problem.Contains("(net8.0, C# 12,", StringComparison.Ordinal), problem);
        Assert.Contains("sample.md:6: error CS0117", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NetGen_diagnostic_fails()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block(
            "using NetGen;\n\nConsole.WriteLine(1);\n\n[Network(Loss.Hinge)]\n[Input(2)]\n[Dense(1)]\npublic class NotPartial { }\n"));

        string problem = Assert.Single(report.Problems);
        Assert.Contains("error NG0001", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_of_types_only_is_a_file_of_the_app()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("using NetGen;\n\n" + XorDeclaration));

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Programs);
    }

    [Fact]
    public void Onnx_blocks_compile_against_NetGen_Onnx()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block(
            "using NetGen;\nusing NetGen.Onnx;\nusing Onnx;\n\nModelProto model = new XorNet().ToOnnxModel();\nConsole.WriteLine(model.Graph.Node.Count);\n\n" + XorDeclaration));

        Assert.Empty(report.Problems);
    }

    [Fact]
    public void A_continuing_block_compiles_after_the_program_before_it_and_fails_without_its_marker()
    {
        string first = Block("using NetGen;\n\n" + XorStatements + "\n" + XorDeclaration);
        const string next = "net.InitializeParameters(seed: 3);\nConsole.WriteLine(net.Classify([1f, 0f]));\n";

        SnippetReport continued = DocumentationSnippets.Check("sample.md", first + Block(next, DocumentationSnippets.ContinuesMarker));
        SnippetReport alone = DocumentationSnippets.Check("sample.md", first + Block(next));

        Assert.Empty(continued.Problems);
        Assert.Equal(2, continued.Programs);
        string problem = Assert.Single(alone.Problems);
        Assert.Contains("error CS0103", problem, StringComparison.Ordinal);
        Assert.Contains("'net'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuing_block_without_a_program_before_it_fails()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("Console.WriteLine(1);\n", DocumentationSnippets.ContinuesMarker));

        string problem = Assert.Single(report.Problems);
        Assert.StartsWith("sample.md:5: the block is marked <!-- program: continues -->", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- fragmnet -->")]
    [InlineData("<!-- compiles -->")]
    public void An_unknown_marker_fails(string marker)
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", Block("Console.WriteLine(1);\n", marker));

        string problem = Assert.Single(report.Problems);
        Assert.StartsWith($"sample.md:4: \"{marker}\" on the line before a C# block is not a marker", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_info_string_marker_fails_and_points_to_the_comment_convention()
    {
        string markdown = "Text.\n\n```csharp fragment\nint Forward(ReadOnlySpan<float> input);\n```\n";

        SnippetReport report = DocumentationSnippets.Check("sample.md", markdown);

        Assert.Contains(report.Problems, p => p.StartsWith("sample.md:3: the fence's info string is \"csharp fragment\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_fence_fails()
    {
        SnippetReport report = DocumentationSnippets.Check("sample.md", "Text.\n\n```csharp\nConsole.WriteLine(1);\n");

        string problem = Assert.Single(report.Problems);
        Assert.Equal("sample.md:3: the code fence is never closed.", problem);
    }

    [Fact]
    public void Other_languages_and_indented_csharp_blocks_are_told_apart()
    {
        string markdown = "```bash\ndotnet build\n```\n\n- In a list:\n\n  ```cs\n  Console.WriteLine(undefinedThing);\n  ```\n";

        SnippetReport report = DocumentationSnippets.Check("sample.md", markdown);

        Assert.Equal(1, report.Programs);
        string problem = Assert.Single(report.Problems);
        Assert.Contains("sample.md:8: error CS0103", problem, StringComparison.Ordinal);
    }
}
