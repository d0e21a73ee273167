using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Model;

namespace NetGen.Generator.Parsing;

/// <summary>
/// The names of a [Network] class that its declaration's syntax alone decides: its namespace, the types it is nested in,
/// and its fully qualified name. Kept per declaration node: FAWMN runs the parser again for every network after every
/// edit, but an edit elsewhere leaves this file's tree, and so the node, as it was, and then no string is built again.
/// </summary>
internal sealed class DeclarationNames
{
    private static readonly ConditionalWeakTable<TypeDeclarationSyntax, DeclarationNames> s_cache = new();

    private DeclarationNames(string? @namespace, EquatableArray<ContainingTypeSpec> containingTypes, string fullyQualifiedName)
    {
        Namespace = @namespace;
        ContainingTypes = containingTypes;
        FullyQualifiedName = fullyQualifiedName;
    }

    /// <summary>The containing namespace, keywords unescaped (event.Models); null for the global one.</summary>
    public string? Namespace { get; }

    /// <summary>The enclosing types, outermost first, as they must be re-declared.</summary>
    public EquatableArray<ContainingTypeSpec> ContainingTypes { get; }

    /// <summary>
    /// global::Namespace.Outer.Name with keywords escaped (global::@event.Models.@class), as SymbolDisplay's fully
    /// qualified format writes a non-generic type (generic networks are refused).
    /// </summary>
    public string FullyQualifiedName { get; }

    public static DeclarationNames Of(TypeDeclarationSyntax declaration) => s_cache.GetValue(declaration, static d => Create(d));

    private static DeclarationNames Create(TypeDeclarationSyntax declaration)
    {
        var types = new List<ContainingTypeSpec>();
        var namespaces = new List<string>();
        for (SyntaxNode? node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax parent:
                    string keyword = parent is RecordDeclarationSyntax record
                        ? record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record"
                        : parent.Keyword.ValueText;
                    types.Insert(0, new ContainingTypeSpec(keyword, parent.Identifier.ValueText));
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    namespaces.InsertRange(0, Parts(ns.Name));
                    break;
            }
        }

        var qualified = new List<string>(namespaces.Count + types.Count + 1);
        qualified.AddRange(namespaces);
        foreach (ContainingTypeSpec type in types)
        {
            qualified.Add(type.Name);
        }

        qualified.Add(declaration.Identifier.ValueText);
        for (int i = 0; i < qualified.Count; i++)
        {
            qualified[i] = SyntaxFacts.GetKeywordKind(qualified[i]) == SyntaxKind.None ? qualified[i] : "@" + qualified[i];
        }

        return new DeclarationNames(
            namespaces.Count == 0 ? null : string.Join(".", namespaces),
            types.ToEquatableArray(),
            "global::" + string.Join(".", qualified));
    }

    /// <summary>The identifiers of a namespace's name (A.B.C), as the compiler reads them (@event is event).</summary>
    private static IEnumerable<string> Parts(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => [.. Parts(qualified.Left), qualified.Right.Identifier.ValueText],
        SimpleNameSyntax simple => [simple.Identifier.ValueText],
        _ => [name.ToString()],
    };
}
