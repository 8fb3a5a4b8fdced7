using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Running;

/// <summary>
/// The submission's <c>.cs</c> files compiled with Roslyn against the base library and
/// MathNet.Numerics. Files with errors are reported and left out, so the others still run.
/// </summary>
internal sealed class CSharpBuild
{
    private const string GlobalUsings =
        "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; "
        + "global using System.Threading; global using System.Threading.Tasks;";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private CSharpBuild(byte[]? assembly, IReadOnlyDictionary<string, CSharpMethod> methods, IReadOnlyList<FileIssue> issues)
    {
        Assembly = assembly;
        Methods = methods;
        Issues = issues;
    }

    public byte[]? Assembly { get; }

    /// <summary>Public static methods of public static classes, by name.</summary>
    public IReadOnlyDictionary<string, CSharpMethod> Methods { get; }

    public IReadOnlyList<FileIssue> Issues { get; }

    public static CSharpBuild Compile(IReadOnlyList<(string RelativePath, string Source)> files)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, options, f.RelativePath)).ToList();
        var issues = new List<FileIssue>();
        while (trees.Count > 0)
        {
            var compilation = CSharpCompilation.Create(
                "Submission",
                [.. trees, CSharpSyntaxTree.ParseText(GlobalUsings, options, "GlobalUsings.g.cs")],
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (emitted.Success)
            {
                return new CSharpBuild(stream.ToArray(), FindMethods(compilation, trees), issues);
            }

            var broken = errors.Select(e => e.Location.SourceTree).Where(t => t is not null && trees.Contains(t)).ToHashSet();
            issues.AddRange(errors.Take(20).Select(ToIssue));
            if (broken.Count == 0)
            {
                break;
            }

            trees.RemoveAll(broken.Contains);
        }

        return new CSharpBuild(null, new Dictionary<string, CSharpMethod>(), issues);
    }

    private static FileIssue ToIssue(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new FileIssue(
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static Dictionary<string, CSharpMethod> FindMethods(CSharpCompilation compilation, List<SyntaxTree> trees)
    {
        var methods = new Dictionary<string, CSharpMethod>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(method) is not { } symbol
                    || !symbol.IsStatic || symbol.DeclaredAccessibility != Accessibility.Public
                    || symbol.ContainingType is not { IsStatic: true, DeclaredAccessibility: Accessibility.Public, ContainingType: null } type)
                {
                    continue;
                }

                var typeName = type.ContainingNamespace.IsGlobalNamespace
                    ? type.MetadataName
                    : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
                var line = method.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                methods.TryAdd(symbol.Name, new CSharpMethod(tree.FilePath, line, typeName, symbol.Name));
            }
        }

        return methods;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal)
                || n is "netstandard.dll" or "mscorlib.dll" or "MathNet.Numerics.dll"));
        var mathNet = typeof(MathNet.Numerics.LinearAlgebra.Vector<double>).Assembly.Location;
        return [.. trusted.Append(mathNet).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
