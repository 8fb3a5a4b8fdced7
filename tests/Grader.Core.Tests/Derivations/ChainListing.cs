using System.Globalization;
using System.Text;
using Grader.Derivations;

namespace Grader.Core.Tests.Derivations;

/// <summary>A write-up's chains as text a reviewer can read: each side with its line and column, each relation and how it was linked.</summary>
internal static class ChainListing
{
    public static string Render(WriteUp writeUp)
    {
        var text = new StringBuilder();
        var steps = writeUp.Chains.Sum(c => c.Steps.Count);
        text.Append(CultureInfo.InvariantCulture, $"{writeUp.File}: {writeUp.Blocks.Count} display blocks, {writeUp.Chains.Count} chains, {steps} steps\n");
        foreach (var issue in writeUp.Issues)
        {
            text.Append(CultureInfo.InvariantCulture, $"issue {issue.Describe()}\n");
        }

        for (var c = 0; c < writeUp.Chains.Count; c++)
        {
            var chain = writeUp.Chains[c];
            var heading = chain.Heading is { } h ? $"{new string('#', h.Level)} {h.Text}" : "(no heading)";
            text.Append(CultureInfo.InvariantCulture, $"\nchain {c + 1}, {chain.Steps.Count} steps, under {heading}\n");
            text.Append(CultureInfo.InvariantCulture, $"  {Where(chain.First)}  {Shown(chain.First)}\n");
            foreach (var step in chain.Steps)
            {
                var link = step.Link == StepLink.Inline ? string.Empty : $"  [{step.Link}]";
                var relation = step.Relation.IsEquality ? step.Relation.Latex : $"{step.Relation.Latex} ({step.Relation.Kind}, not checkable)";
                text.Append(CultureInfo.InvariantCulture, $"  {relation}{link}\n  {Where(step.Right)}  {Shown(step.Right)}\n");
            }
        }

        return text.ToString();
    }

    private static string Where(DerivationSide side) => string.Create(CultureInfo.InvariantCulture, $"{side.Span.Line,3}:{side.Span.Column,-3}");

    private static string Shown(DerivationSide side) => side.IsMissing ? "(not written)" : side.Latex;
}
