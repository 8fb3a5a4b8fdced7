using System.ComponentModel;
using Grader.Courses;
using Grader.Reports;
using Grader.Specs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

internal static partial class CourseCommand
{
    /// <summary><c>grader course show</c>: the roster as a table (never the salt). Every cell came from an export: inert.</summary>
    [Description("List the course's students: id, name, login, submission names (never the salt)")]
    internal sealed class Show(CliContext context) : Command<Show.Settings>
    {
        internal sealed class Settings : CourseSettings;

        public override int Execute(CommandContext commandContext, Settings settings)
        {
            var path = Existing(context, settings);
            var shown = Shown(context, path);
            IReadOnlyList<RosterStudent> students;
            try
            {
                students = CourseFile.Load(path, shown).Students;
            }
            catch (SpecException e)
            {
                return Refused(context, e);
            }

            if (students.Count == 0)
            {
                Say(context, CliMessages.NoStudents(shown));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("name").AddColumn("login").AddColumn("submissions");
            foreach (var student in students)
            {
                table.AddRow(
                    InertText.Markup(student.Id),
                    InertText.Markup(student.Name),
                    InertText.Markup(student.Login ?? string.Empty),
                    InertText.Markup(string.Join(", ", student.Names)));
            }

            table.Caption(InertText.Markup(CliMessages.RosterCaption(students.Count, shown)));
            context.Console.Write(table);
            return 0;
        }
    }
}
