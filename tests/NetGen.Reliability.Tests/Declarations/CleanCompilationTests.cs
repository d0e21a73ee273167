namespace NetGen.Reliability.Tests.Declarations;

/// <summary>The compile check of the fuzzing can fail, and blames the right declaration when it does.</summary>
public class CleanCompilationTests
{
    [Fact]
    public void Valid_declarations_compile_cleanly_together_and_noise_is_excused_only_inside_its_broken_code()
    {
        List<WrittenDeclaration> valid = ValidDeclarations(12);
        Assert.Contains(valid, d => d.Declaration.Noise != Noise.None);

        Assert.Empty(CleanCompilation.Problems(valid));
    }

    [Fact]
    public void A_warning_in_one_declaration_of_many_is_attributed_to_that_declaration()
    {
        List<WrittenDeclaration> valid = ValidDeclarations(12).Where(d => d.Declaration.Noise == Noise.None).ToList();
        WrittenDeclaration planted = valid[^1];
        var files = planted.Files.ToList();
        files[0] = (files[0].Path, files[0].Text + "\n#warning planted\n");
        valid[^1] = planted with { Files = files };

        Problem problem = Assert.Single(CleanCompilation.Problems(valid));
        Assert.Equal("CS1030", problem.Diagnostic.Id);
        Assert.Same(valid[^1], problem.Culprit);
    }

    [Fact]
    public void The_shrinker_strips_a_failing_declaration_of_everything_the_failure_does_not_need()
    {
        // A failure that needs only a member named Weights: the shrinker must keep that member and drop the rest.
        WrittenDeclaration rich = DeclarationWriter.Write(Rich());
        static IReadOnlyCollection<string> Failure(WrittenDeclaration d) => d.Declaration.Members.Any(m => m.Name == "Weights") ? ["PLANTED"] : [];

        Declaration shrunk = DeclarationShrinker.Shrink(rich, Failure).Declaration;

        Assert.Equal(["Weights"], shrunk.Members.Select(m => m.Name));
        Assert.Empty(shrunk.Containers);
        Assert.Empty(shrunk.Shadows);
        Assert.Null(shrunk.BaseMembers);
        Assert.Null(shrunk.Namespace);
        Assert.Equal(1, shrunk.Parts);
        Assert.Single(shrunk.Denses);
        Assert.Equal(Noise.None, shrunk.Noise);
        Assert.All(shrunk.Attributes, a => Assert.Equal(Spelling.Short, a.Spelling));
    }

    private static Declaration Rich()
    {
        var d = new Declaration { Id = 1, Name = "@Net1", NameValue = "Net1", Namespace = "F1.Inner", NamespaceValue = "F1.Inner", Parts = 2, Noise = Noise.BrokenClassAfter };
        d.Containers.Add(new ContainerModel(TypeShape.Class, Partial: true, Generic: false));
        d.Shadows.Add("Math");
        d.Members.Add(new MemberModel("Weights", MemberKind.Property));
        d.Members.Add(new MemberModel("Describe", MemberKind.Method));
        d.BaseMembers = [new MemberModel("Weights2", MemberKind.Method)];
        d.Attributes =
        [
            new NetworkModel(0, Spelling.Qualified, new Arg(2, "Loss.SquaredError"), false, null, null, false),
            new InputModel(1, Spelling.Alias, new Arg(3, "2 + 1"), Named: true),
            new DenseModel(0, Spelling.WithSuffix, new Arg(2, "0x2"), new Arg(2, "Activation.Tanh"), DenseForm.Positional),
            new DenseModel(0, Spelling.Short, new Arg(1, "1"), null, DenseForm.Positional),
        ];
        return d;
    }

    /// <summary>The first valid declarations (some with noise) of a fixed random stream.</summary>
    private static List<WrittenDeclaration> ValidDeclarations(int count)
    {
        var random = new Random(5);
        var valid = new List<WrittenDeclaration>();
        bool noisy = false;
        for (int id = 0; valid.Count < count || !noisy; id++)
        {
            WrittenDeclaration written = DeclarationWriter.Write(DeclarationFactory.Create(random, id));
            if (ExpectedDiagnostics.For(written) is { } expected && ExpectedDiagnostics.Generates(written.Declaration, expected)
                && (valid.Count < count || written.Declaration.Noise != Noise.None))
            {
                valid.Add(written);
                noisy |= written.Declaration.Noise != Noise.None;
            }
        }

        return valid;
    }
}
