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
