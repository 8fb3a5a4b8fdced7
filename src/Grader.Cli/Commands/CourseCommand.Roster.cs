using System.ComponentModel;
using Grader.Courses;
using Grader.Specs;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

internal static partial class CourseCommand
{
    /// <summary>
    /// <c>grader course roster EXPORT.csv</c>: the course's students from a Canvas or Moodle gradebook
    /// export, merged into the course file (<see cref="ImportedRoster.MergeInto"/>): the salt and every
    /// student's submission names kept, new students added, students no longer in the export kept.
    /// </summary>
    [Description("Import the students from a Canvas or Moodle gradebook export (CSV) into the course file")]
    internal sealed class Roster(CliContext context) : Command<Roster.Settings>
    {
        internal sealed class Settings : CourseSettings
        {
            [CommandArgument(0, "<export.csv>")]
            [Description("The gradebook export: Canvas (Grades → Export) or Moodle (Grades → Export → Plain text file)")]
            public string Export { get; init; } = string.Empty;
        }

        public override int Execute(CommandContext commandContext, Settings settings)
        {
            var path = Existing(context, settings);
            var shown = Shown(context, path);
            var export = context.Resolve(settings.Export);
            if (!File.Exists(export))
            {
                throw CliMessages.NoExport(settings.Export);
            }

            try
            {
                var course = CourseFile.Load(path, shown);
                var roster = RosterImport.Read(export, settings.Export);
                var update = roster.MergeInto(course);
                CourseFile.Save(path, course.WithStudents(update.Students));
                Say(context, CliMessages.RosterImported(roster, update, shown));
                if (update.NotInExport.Count > 0)
                {
                    Say(context, CliMessages.NotInExport(update.NotInExport, shown));
                }
            }
            catch (SpecException e)
            {
                return Refused(context, e);
            }

            return 0;
        }
    }
}
