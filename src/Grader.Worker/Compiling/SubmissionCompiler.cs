using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace Grader.Worker.Compiling;

/// <summary>
/// A submission's <c>.cs</c> files compiled with Roslyn against the base library and MathNet.Numerics.
/// Files with errors are reported and left out, so the others still run.
/// </summary>
internal static class SubmissionCompiler
{
    private const string GlobalUsings =
        "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; "
        + "global using System.Threading; global using System.Threading.Tasks;";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CompileReply Compile(IReadOnlyList<SourceFile> files)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path, System.Text.Encoding.UTF8)).ToList();
        var issues = new List<CompileIssue>();
        while (trees.Count > 0)
        {
            var compilation = CSharpCompilation.Create(
                "Submission",
                [.. trees, CSharpSyntaxTree.ParseText(GlobalUsings, options, "GlobalUsings.g.cs", System.Text.Encoding.UTF8)],
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
            using var stream = new MemoryStream();
            // The PDB inside the assembly gives a student's stack trace its file and line (Solutions.cs:line 12).
            var emitted = compilation.Emit(stream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (emitted.Success)
            {
                return new CompileReply(stream.ToArray(), FindMethods(compilation, trees), issues);
            }

            var broken = errors.Select(e => e.Location.SourceTree).Where(t => t is not null && trees.Contains(t)).ToHashSet();
            issues.AddRange(errors.Take(20).Select(ToIssue));
            if (broken.Count == 0)
            {
                break;
            }

            trees.RemoveAll(broken.Contains);
        }

        return new CompileReply(null, [], issues);
    }

    private static CompileIssue ToIssue(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new CompileIssue(
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static List<CompiledMethod> FindMethods(CSharpCompilation compilation, List<SyntaxTree> trees)
    {
        var methods = new List<CompiledMethod>();
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
                methods.Add(new CompiledMethod(tree.FilePath, line, typeName, symbol.Name));
            }
        }

        return methods;
    }

    // The worker runs on the shared framework with MathNet beside it: the same assemblies the run worker loads.
    private static ImmutableArray<MetadataReference> LoadReferences() =>
    [
        .. ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal)
                || n is "netstandard.dll" or "mscorlib.dll" or "MathNet.Numerics.dll"))
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ];
}
