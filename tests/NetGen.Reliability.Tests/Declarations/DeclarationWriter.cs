using System.Text;

namespace NetGen.Reliability.Tests.Declarations;

/// <summary>A stretch of text in one generated test file: where a diagnostic is expected.</summary>
public sealed record SourceSpan(string Path, int Start, int Length)
{
    public override string ToString() => $"{Path}[{Start}..{Start + Length})";
}

/// <summary>A declaration written out as source files, with the spans of everything a diagnostic may point at.</summary>
public sealed record WrittenDeclaration(Declaration Declaration, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyDictionary<string, SourceSpan> Marks)
{
    public string Source => string.Join(Environment.NewLine, Files.Select(f => $"// ---- {f.Path}{Environment.NewLine}{f.Text}"));

    /// <summary>The span recorded under <paramref name="key"/>; keys are listed in <see cref="DeclarationWriter"/>.</summary>
    public SourceSpan this[string key] =>
        Marks.TryGetValue(key, out SourceSpan? span) ? span : throw new KeyNotFoundException($"No span '{key}' in declaration {Declaration.Id}");
}

/// <summary>
/// Writes a <see cref="Declaration"/> as C# source, one file per partial declaration, and records spans under these keys:
/// <c>id:P</c> the type's identifier in part P; <c>container:I:P</c> container I's identifier in part P; <c>attr:K</c>
/// attribute K (as Roslyn locates an attribute: its name and argument list, without the brackets); <c>attr:K:loss</c>,
/// <c>:precision</c>, <c>:unroll</c>, <c>:size</c>, <c>:units</c>, <c>:activation</c> its arguments (with any
/// <c>name:</c> or <c>Name =</c>); <c>member:N</c> the identifier of member N; <c>noise</c> the deliberately broken member or class.
/// </summary>
public static class DeclarationWriter
{
    public static WrittenDeclaration Write(Declaration declaration)
    {
        var marks = new Dictionary<string, SourceSpan>();
        var files = new List<(string, string)>();
        for (int part = 0; part < declaration.Parts; part++)
        {
            string path = $"D{declaration.Id}_{part}.cs";
            var file = new FileWriter(path, marks);
            WritePart(declaration, part, file);
            files.Add((path, file.ToString()));
        }

        return new WrittenDeclaration(declaration, files, marks);
    }

    private static void WritePart(Declaration d, int part, FileWriter w)
    {
        if (d.KeywordName)
        {
            w.Line("#pragma warning disable CS8981 // a lower-case keyword as a type name is the point of this case");
        }

        w.Line("using NetGen;");
        w.Line("using NetworkAlias = NetGen.NetworkAttribute;");
        w.Line("using InputAlias = NetGen.InputAttribute;");
        w.Line("using DenseAlias = NetGen.DenseAttribute;");
        w.Line();

        bool blockNamespace = d.Namespace is not null && !d.FileScopedNamespace;
        if (d.Namespace is not null)
        {
            w.Line(d.FileScopedNamespace ? $"namespace {d.Namespace};" : $"namespace {d.Namespace}");
            if (blockNamespace)
            {
                w.Line("{");
            }
        }

        if (part == 0)
        {
            WriteShadows(d, w);
            WriteBase(d, w);
        }

        for (int i = 0; i < d.Containers.Count; i++)
        {
            ContainerModel container = d.Containers[i];
            w.Text(Modifiers(container.Shape, container.Partial) + " ");
            w.Mark($"container:{i}:{part}", d.ContainerName(i));
            w.Line(container.Generic ? "<TOuter" + i + ">" : string.Empty);
            w.Line("{");
        }

        if (d.Target == AttributeTarget.Type)
        {
            WriteAttributes(d, part, w);
            WriteType(d, part, w);
        }
        else if (part == 0)
        {
            WriteMisplacedAttributes(d, w);
        }

        if (part == 0 && d.CaseTwin is not null)
        {
            w.Line($"[Network(Loss.SquaredError)][Input(2)][Dense(1)] public partial class {d.CaseTwin} {{ }}");
        }

        for (int i = d.Containers.Count - 1; i >= 0; i--)
        {
            w.Line("}");
        }

        if (part == 0 && d.Noise == Noise.BrokenClassAfter)
        {
            w.Mark("noise", $"public class Broken{d.Id} {{ public void M() {{ int x = ; }} }}");
            w.Line();
        }

        if (blockNamespace)
        {
            w.Line("}");
        }

        if (part == 0 && d.Relaxation == Relaxation.IncompleteDeclarationAfter)
        {
            w.Line("[Dense(3)] public partial class");
        }
    }

    private static void WriteShadows(Declaration d, FileWriter w)
    {
        foreach (string shadow in d.Shadows)
        {
            // Generic shadows take the arity of the type they shadow.
            w.Line(shadow is "Span" or "ReadOnlySpan" or "INetwork" ? $"public class {shadow}<T> {{ }}" : $"public class {shadow} {{ }}");
        }
    }

    private static void WriteBase(Declaration d, FileWriter w)
    {
        if (d.BaseMembers is null)
        {
            return;
        }

        w.Line($"public class Base{d.Id}");
        w.Line("{");
        foreach (MemberModel member in d.BaseMembers)
        {
            w.Line("    " + MemberText(member));
        }

        w.Line("}");
    }

    private static void WriteAttributes(Declaration d, int part, FileWriter w)
    {
        List<int> indices = Enumerable.Range(0, d.Attributes.Count).Where(k => d.Attributes[k].Part == part).ToList();
        for (int n = 0; n < indices.Count; n++)
        {
            int k = indices[n];
            bool first = n == 0;
            bool last = n == indices.Count - 1;
            bool unclosed = d.Relaxation == Relaxation.UnclosedAttributeList && d.RelaxedAttribute == k;
            if (!d.GroupedAttributeLists || first)
            {
                w.Text("[");
            }
            else
            {
                w.Text(", ");
            }

            WriteAttribute(d, k, w);
            if ((!d.GroupedAttributeLists || last) && !unclosed)
            {
                w.Line("]");
            }
            else if (unclosed)
            {
                w.Line();
            }
        }
    }

    private static void WriteAttribute(Declaration d, int k, FileWriter w)
    {
        AttributeModel attribute = d.Attributes[k];
        string key = "attr:" + k;
        Relaxation damage = d.RelaxedAttribute == k ? d.Relaxation : Relaxation.None;
        int start = w.Position;
        w.Text(AttributeName(d, attribute));
        if (damage == Relaxation.MissingArguments)
        {
            w.MarkFrom(key, start);
            return;
        }

        w.Text("(");
        switch (attribute)
        {
            case NetworkModel network:
                w.Mark(key + ":loss", (network.NamedLoss ? "loss: " : string.Empty) + network.Loss.Text);
                var named = new List<(string Key, string Text)>();
                if (network.Precision is not null)
                {
                    named.Add((":precision", "Precision = " + network.Precision.Text));
                }

                if (network.Unroll is not null)
                {
                    named.Add((":unroll", "Unroll = " + network.Unroll.Text));
                }

                if (network.UnrollFirst)
                {
                    named.Reverse();
                }

                foreach ((string suffix, string text) in named)
                {
                    w.Text(", ");
                    w.Mark(key + suffix, text);
                }

                if (damage == Relaxation.DuplicateNamedArgument)
                {
                    w.Text(", Precision = Precision.Single, Precision = Precision.Double");
                }

                if (damage == Relaxation.WrongArgumentType)
                {
                    w.Text(", Unroll = 2");
                }

                break;
            case InputModel input:
                w.Mark(key + ":size", damage == Relaxation.WrongArgumentType ? "\"3\"" : (input.Named ? "size: " : string.Empty) + input.Size.Text);
                break;
            case DenseModel dense:
                string units = damage == Relaxation.WrongArgumentType ? "3.5" : (dense.Form == DenseForm.Positional ? string.Empty : "units: ") + dense.Units.Text;
                string? activation = dense.Activation is null ? null : (dense.Form == DenseForm.Positional ? string.Empty : "activation: ") + dense.Activation.Text;
                if (dense.Form == DenseForm.NamedReversed && activation is not null)
                {
                    w.Mark(key + ":activation", activation);
                    w.Text(", ");
                    w.Mark(key + ":units", units);
                }
                else
                {
                    w.Mark(key + ":units", units);
                    if (activation is not null)
                    {
                        w.Text(", ");
                        w.Mark(key + ":activation", activation);
                    }
                }

                if (damage == Relaxation.DuplicateNamedArgument)
                {
                    w.Text(", units: 2");
                }

                break;
        }

        if (damage == Relaxation.TrailingComma)
        {
            w.Text(",");
        }

        w.Text(")");
        w.MarkFrom(key, start);
    }

    private static string AttributeName(Declaration d, AttributeModel attribute)
    {
        string name = attribute switch
        {
            NetworkModel => "Network",
            InputModel => "Input",
            _ => "Dense",
        };

        // A type or namespace called NetGen next to the network hides the real one: only global:: reaches it then.
        string qualifier = d.NamesNetGen ? "global::NetGen." : "NetGen.";
        return attribute.Spelling switch
        {
            Spelling.Short => name,
            Spelling.WithSuffix => name + "Attribute",
            Spelling.Qualified => qualifier + name,
            Spelling.QualifiedWithSuffix => qualifier + name + "Attribute",
            _ => name + "Alias",
        };
    }

    private static void WriteType(Declaration d, int part, FileWriter w)
    {
        w.Text(Modifiers(d.Shape, d.Partial) + " ");
        w.Mark($"id:{part}", d.Name);
        w.Text(d.Generic ? "<T>" : string.Empty);
        if (part == 0 && d.BaseMembers is not null)
        {
            w.Text($" : Base{d.Id}");
        }

        w.Line();
        w.Line("{");
        if (part == 0)
        {
            foreach (MemberModel member in d.Members)
            {
                w.Text("    ");
                WriteMember(member, w);
                w.Line();
            }

            if (d.Noise == Noise.BrokenMemberInBody)
            {
                w.Text("    ");
                w.Mark("noise", $"public int Broken{d.Id} => ;");
                w.Line();
            }
        }

        w.Line("}");
    }

    private static void WriteMisplacedAttributes(Declaration d, FileWriter w)
    {
        // The type itself stays, without attributes; they go on something that is not a class.
        w.Line(Modifiers(TypeShape.Class, true) + " " + d.Name);
        w.Line("{");
        if (d.Target is AttributeTarget.Method or AttributeTarget.Property)
        {
            WriteAttributes(d, 0, w);
            w.Line(d.Target == AttributeTarget.Method ? "    public void Misplaced() { }" : "    public int Misplaced => 0;");
        }

        w.Line("}");
        if (d.Target is AttributeTarget.Enum or AttributeTarget.Delegate)
        {
            WriteAttributes(d, 0, w);
            w.Line(d.Target == AttributeTarget.Enum ? $"public enum Misplaced{d.Id} {{ A }}" : $"public delegate void Misplaced{d.Id}();");
        }
    }

    private static void WriteMember(MemberModel member, FileWriter w)
    {
        string text = MemberText(member);
        int at = text.IndexOf(" " + member.Name, StringComparison.Ordinal) + 1;
        w.Text(text[..at]);
        w.Mark("member:" + member.Name, member.Name);
        w.Text(text[(at + member.Name.Length)..]);
    }

    private static string MemberText(MemberModel member) => member.Kind switch
    {
        MemberKind.Method => $"{member.Access} void {member.Name}() {{ }}",
        MemberKind.Property => $"{member.Access} int {member.Name} => 0;",
        MemberKind.Field => $"{member.Access} int {member.Name};",
        _ => $"{member.Access} class {member.Name} {{ }}",
    };

    private static string Modifiers(TypeShape shape, bool partial)
    {
        string p = partial ? "partial " : string.Empty;
        return shape switch
        {
            TypeShape.Class => $"public {p}class",
            TypeShape.AbstractClass => $"public abstract {p}class",
            TypeShape.SealedClass => $"public sealed {p}class",
            TypeShape.Struct => $"public {p}struct",
            TypeShape.Record => $"public {p}record",
            TypeShape.RecordStruct => $"public {p}record struct",
            TypeShape.Interface => $"public {p}interface",
            TypeShape.StaticClass => $"public static {p}class",
            _ => $"file {p}class",
        };
    }

    /// <summary>Appends text and remembers where marked pieces landed.</summary>
    private sealed class FileWriter(string path, Dictionary<string, SourceSpan> marks)
    {
        private readonly StringBuilder _text = new();

        public int Position => _text.Length;

        public void Text(string text) => _text.Append(text);

        public void Line(string text = "") => _text.Append(text).Append('\n');

        public void Mark(string key, string text)
        {
            marks[key] = new SourceSpan(path, _text.Length, text.Length);
            _text.Append(text);
        }

        public void MarkFrom(string key, int start) => marks[key] = new SourceSpan(path, start, _text.Length - start);

        public override string ToString() => _text.ToString();
    }
}
