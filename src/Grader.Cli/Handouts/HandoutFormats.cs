namespace Grader.Cli.Handouts;

/// <summary>The formats of a student's handout, by name.</summary>
internal static class HandoutFormats
{
    public static IReadOnlyList<IHandoutFormat> All { get; } = [new MarkdownHandout(), new HtmlHandout(), new JsonHandout()];

    /// <summary>The format of a name that <c>--format</c> already checked.</summary>
    public static IHandoutFormat Named(string name) => All.Single(f => f.Name == name);
}
