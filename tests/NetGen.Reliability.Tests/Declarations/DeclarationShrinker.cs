using System.Globalization;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>
/// Shrinks a valid declaration that fails the compile check to a simpler one that still fails the same way: drops its
/// members, shadows, base class, containers, extra partial declarations, hidden layers and noise, and writes plain
/// names, spellings and numbers, one step at a time, keeping a step only when the declaration stays valid and its
/// failure keeps the same diagnostic id. Greedy, so a local minimum, but most of the way to a regression test.
/// </summary>
/// <remarks>
/// CsCheck shrinks the values its own generators draw; the declarations are drawn by <see cref="DeclarationFactory"/>
/// over System.Random, so the shrinking is done here, on the model, where a smaller declaration is easy to say.
/// </remarks>
public static class DeclarationShrinker
{
    /// <summary>
    /// <paramref name="failure"/> gives the ids of the problems a declaration has (none when it passes); the result fails
    /// with the first id that <paramref name="failing"/> failed with.
    /// </summary>
    public static WrittenDeclaration Shrink(WrittenDeclaration failing, Func<WrittenDeclaration, IReadOnlyCollection<string>> failure, int maxAttempts = 60)
    {
        string? id = failure(failing).FirstOrDefault();
        if (id is null)
        {
            return failing;
        }

        WrittenDeclaration current = failing;
        int attempts = 0;
        bool shrunk = true;
        while (shrunk && attempts < maxAttempts)
        {
            shrunk = false;
            foreach (Declaration candidate in Simpler(current.Declaration))
            {
                WrittenDeclaration written = DeclarationWriter.Write(candidate);
                if (ExpectedDiagnostics.For(written) is not { } expected || !ExpectedDiagnostics.Generates(candidate, expected))
                {
                    continue;
                }

                attempts++;
                if (failure(written).Contains(id))
                {
                    current = written;
                    shrunk = true;
                    break;
                }

                if (attempts >= maxAttempts)
                {
                    break;
                }
            }
        }

        return current;
    }

    /// <summary>Declarations one step simpler than <paramref name="d"/>, the biggest steps first.</summary>
    private static IEnumerable<Declaration> Simpler(Declaration d)
    {
        if (d.Noise != Noise.None)
        {
            yield return With(d, c => c.Noise = Noise.None);
        }

        if (d.CaseTwin is not null)
        {
            yield return With(d, c => c.CaseTwin = null);
        }

        if (d.Shadows.Count > 0)
        {
            yield return With(d, c => c.Shadows.Clear());
        }

        if (d.BaseMembers is not null)
        {
            yield return With(d, c => c.BaseMembers = null);
        }

        if (d.Members.Count > 0)
        {
            yield return With(d, c => c.Members.Clear());
            for (int i = 0; i < d.Members.Count; i++)
            {
                int index = i;
                yield return With(d, c => c.Members.RemoveAt(index));
            }
        }

        if (d.Containers.Count > 0)
        {
            yield return With(d, c => c.Containers.Clear());
            yield return With(d, c => c.Containers.RemoveAt(c.Containers.Count - 1));
        }

        if (d.Parts > 1)
        {
            yield return With(d, c =>
            {
                c.Parts = 1;
                c.Attributes = c.Attributes.Select(a => a with { Part = 0 }).ToList();
            });
        }

        if (d.Namespace is not null)
        {
            yield return With(d, c => (c.Namespace, c.NamespaceValue, c.FileScopedNamespace) = (null, null, false));
        }

        if (d.Name != $"Net{d.Id}")
        {
            yield return With(d, c => (c.Name, c.NameValue, c.KeywordName) = ($"Net{c.Id}", $"Net{c.Id}", false));
        }

        if (d.Denses.Count() > 1)
        {
            // Drop the first [Dense]: the output layer, which the loss depends on, stays.
            yield return With(d, c => c.Attributes.RemoveAt(c.Attributes.FindIndex(a => a is DenseModel)));
        }

        if (d.GroupedAttributeLists)
        {
            yield return With(d, c => c.GroupedAttributeLists = false);
        }

        if (d.Attributes.Any(a => a.Spelling != Spelling.Short))
        {
            yield return With(d, c => c.Attributes = c.Attributes.Select(a => a with { Spelling = Spelling.Short }).ToList());
        }

        if (d.Attributes.Any(a => a is InputModel { Size: var size } && size.Text != Plain(size.Value) || a is DenseModel { Units: var units } && units.Text != Plain(units.Value)))
        {
            yield return With(d, c => c.Attributes = c.Attributes.Select(a => a switch
            {
                InputModel input => input with { Size = new Arg(input.Size.Value, Plain(input.Size.Value)) },
                DenseModel dense => dense with { Units = new Arg(dense.Units.Value, Plain(dense.Units.Value)) },
                _ => a,
            }).ToList());
        }
    }

    private static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Declaration With(Declaration d, Action<Declaration> change)
    {
        Declaration copy = d.Clone();
        change(copy);
        return copy;
    }
}
