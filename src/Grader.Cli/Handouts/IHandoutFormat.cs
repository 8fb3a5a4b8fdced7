namespace Grader.Cli.Handouts;

/// <summary>One way to write a student's handout (<c>./grader handout --format</c>).</summary>
internal interface IHandoutFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>The extension of each file <c>--all --out</c> writes, with its dot.</summary>
    string Extension { get; }

    string Render(StudentHandout handout);
}
