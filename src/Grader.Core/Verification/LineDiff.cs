using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Grader.Verification;

/// <summary>A unified-style line diff (DiffPlex), limited to the changed lines and a little context.</summary>
public static class LineDiff
{
    public static string Render(string verified, string received, int context = 2, int maxLines = 60)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(verified, received);
        var lines = diff.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        var written = 0;
        var skipped = false;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                builder.Append("  ...\n");
                skipped = false;
            }

            var marker = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(marker).Append(lines[i].Text).Append('\n');
            written++;
        }

        if (written >= maxLines)
        {
            builder.Append("  ... (diff cut)\n");
        }

        return builder.ToString();
    }
}
