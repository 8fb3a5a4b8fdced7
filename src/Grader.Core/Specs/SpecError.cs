namespace Grader.Specs;

/// <summary>Every error message about a spec, in one place (see <see cref="SpecException"/>).</summary>
public static partial class SpecError
{
    /// <summary>An error at an offset of a piece of text (a model, an expression) taken from a spec.</summary>
    public static SpecException InText(SourceText source, int offset, int length, string problem, string? hint = null) =>
        new(source.Locate(offset), problem, hint, source.QuoteLine(offset), length);
}
