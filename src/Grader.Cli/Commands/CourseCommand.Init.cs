using System.ComponentModel;
using Grader.Courses;
using Grader.Specs;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

internal static partial class CourseCommand
{
    /// <summary>
    /// <c>grader course init</c>: a course file with a fresh salt. An existing file keeps its salt and
    /// roster unless <c>--new-salt</c> (every student's numbers change); one without a usable salt
    /// gets one, its roster kept.
    /// </summary>
    [Description("Make the course file (course.yaml) with a fresh secret salt; an existing one is kept")]
    internal sealed class Init(CliContext context) : Command<Init.Settings>
    {
        internal sealed class Settings : CourseSettings
        {
            [CommandOption("--new-salt")]
            [Description("Replace the salt of an existing course file: every student's numbers change")]
            public bool NewSalt { get; init; }
        }

        public override int Execute(CommandContext commandContext, Settings settings)
        {
            var path = Target(context, settings);
            var shown = Shown(context, path);
            try
            {
                if (!File.Exists(path))
                {
                    CourseFile.Save(path, CourseFile.NewSalt(), []);
                    Say(context, CliMessages.CourseCreated(shown));
                }
                else
                {
                    Renew(path, shown, settings.NewSalt);
                }
            }
            catch (SpecException e)
            {
                return Refused(context, e);
            }

            Say(context, CliMessages.KeepCoursePrivate);
            return 0;
        }

        private void Renew(string path, string shown, bool newSalt)
        {
            var students = CourseFile.LoadRoster(path, shown);
            if (newSalt)
            {
                CourseFile.Save(path, CourseFile.NewSalt(), students);
                Say(context, CliMessages.SaltReplaced(shown, students.Count));
                return;
            }

            try
            {
                CourseFile.Load(path, shown);
            }
            catch (SpecException e)
            {
                // The roster read, so what is wrong is the salt: missing, short or not hex. Nobody's numbers could be drawn from it.
                CourseFile.Save(path, CourseFile.NewSalt(), students);
                Say(context, CliMessages.SaltAdded(shown, e.Problem, students.Count));
                return;
            }

            Say(context, CliMessages.CourseKept(shown, students.Count));
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
            {
                Say(context, CliMessages.CourseReadableByOthers(shown));
            }
        }
    }
}
