using System.ComponentModel;
using Grader.Class.Merging;
using Grader.Class.Outputs;
using Grader.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader merge</c>: combines the --out folders of shards (<c>grade --shard K/N</c>) into one
/// (<see cref="ShardMerge"/>) and says what it did.
/// </summary>
[Description("Merge the --out folders of sharded grading runs into one gradebook and class report")]
internal sealed class MergeCommand(CliContext context) : Command<MergeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<shard>")]
        [Description("The --out folders of the shards")]
        public string[] Shards { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("The merged folder: DIR/students/<submission>/ and the class files (required)")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Out is null ? ValidationResult.Error(CliMessages.Required("--out")) : ValidationResult.Success();
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var outDirectory = context.Resolve(settings.Out!);
        var inputs = settings.Shards.Select(context.Resolve).Distinct(StringComparer.Ordinal).ToList();
        MergeResult result;
        try
        {
            result = ShardMerge.Merge(inputs, outDirectory);
        }
        catch (OutputWriteException e)
        {
            context.Error.WriteLine(InertText.Escape(CliMessages.WriteFailed(e, 0)));
            return GraderApp.Incomplete;
        }

        context.Console.WriteLine(InertText.Escape(
            $"merged {result.Merged} submission(s) from {inputs.Count} folder(s) into {settings.Out}; class files "
            + $"{ClassOutputs.Gradebook}, {ClassOutputs.Summary}, {ClassOutputs.Report} ({result.InClassFiles} submission(s))"));
        if (result.Stale.Count > 0)
        {
            context.Console.WriteLine(InertText.Escape(
                $"left out {result.Stale.Count} folder(s) graded earlier but not in their shard's last run (no longer in the class?): "
                + string.Join(", ", result.Stale.Take(5)) + (result.Stale.Count > 5 ? ", …" : string.Empty)));
        }

        return 0;
    }
}
