using Grader.Worker.Protocol;

namespace Grader.Running;

/// <summary>What is said of a notebook's cells that raised while the notebook ran.</summary>
internal static partial class RunMessages
{
    /// <param name="cell">Where, as the notebook shows it: "cell 4".</param>
    public static string CellRaised(string cell, CellError error)
    {
        var what = error.Error switch
        {
            "StdinNotImplementedError" => "called input(), which gets no answer when a notebook is graded",
            "UsageError" => $"uses {error.Text}, which a graded notebook does not have",
            _ => error.Text is { Length: > 0 } text ? $"raised {error.Error}: {text}" : $"raised {error.Error}",
        };
        return $"{cell} {what}; the rest of that cell did not run";
    }

    /// <summary>Added to a load error when cells raised before it: the likely reason the function is missing.</summary>
    public static string AfterCellsRaised(string loadError, IEnumerable<string> raised) =>
        $"{loadError}\n{string.Join('\n', raised)}";
}
