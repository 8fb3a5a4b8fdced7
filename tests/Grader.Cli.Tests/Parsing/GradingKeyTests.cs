using System.Reflection;
using Grader.Cli.Commands;
using Grader.Cli.Parsing;
using Spectre.Console.Cli;

namespace Grader.Cli.Tests.Parsing;

/// <summary>A class run regrades what was graded under other options that change grades, and only those.</summary>
internal sealed class GradingKeyTests
{
    /// <summary>Options of <c>grade</c> that do not change what a submission scores or which reports it gets.</summary>
    private static readonly string[] NotGradeChanging = ["problems", "out", "problem", "jobs", "shard", "force", "single", "gradebook", "assignment"];

    [Test]
    public void GradeSettings_EveryOption_SaysWhetherItChangesGrades()
    {
        // Given every option of grade
        var options = typeof(GradeCommand.Settings).GetProperties()
            .Where(p => p.IsDefined(typeof(CommandOptionAttribute)))
            .ToList();

        // When those that change grades are set aside
        var undecided = options
            .Where(p => !p.IsDefined(typeof(ChangesGradesAttribute)))
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>()!.LongNames[0])
            .Except(NotGradeChanging);

        // Then none is left: a new option is marked [ChangesGrades] or added to the list above, deliberately
        Assert.That(undecided, Is.Empty);
    }

    [Test]
    public void Of_GradeChangingOptionDiffers_KeyDiffers()
    {
        var plain = new GradeCommand.Settings();

        Assert.That(GradingKey.Of(new GradeCommand.Settings { Timeout = "1s" }), Is.Not.EqualTo(GradingKey.Of(plain)));
        Assert.That(GradingKey.Of(new GradeCommand.Settings { PublicOnly = true }), Is.Not.EqualTo(GradingKey.Of(plain)));
        Assert.That(GradingKey.Of(new GradeCommand.Settings { Formats = ["json"] }), Is.Not.EqualTo(GradingKey.Of(plain)));
    }

    [Test]
    public void Of_OtherOptionDiffers_KeyIsTheSame()
    {
        var plain = new GradeCommand.Settings();

        Assert.That(GradingKey.Of(new GradeCommand.Settings { Jobs = 3, Shard = "1/2", Force = true, Out = "x" }), Is.EqualTo(GradingKey.Of(plain)));
    }
}
