using System.ComponentModel;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

internal sealed partial class BenchCommand
{
    /// <summary>What <c>bench</c> measures: a class (the default), a class at every --jobs value, or one submission in fresh processes.</summary>
    internal enum Mode
    {
        Class,
        Scaling,
        Single,
        Torch,
    }

    internal sealed class Settings : ProblemsSettings
    {
        public const int DefaultStudents = 200;
        public const int DefaultRuns = 10;

        [CommandArgument(0, "[submission]")]
        [Description("With --single: the submission graded (default: the python-correct example)")]
        public string? Submission { get; init; }

        [CommandOption("-n|--students <N>")]
        [Description("Submissions in the generated class (default: 200)")]
        public int? Students { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Submissions graded at once (default: one per core); with --scaling, the largest value tried")]
        public int? Jobs { get; init; }

        [CommandOption("--keep <DIR>")]
        [Description("Write the generated class to DIR and keep it (default: a temporary folder, removed)")]
        public string? Keep { get; init; }

        [CommandOption("--examples <DIR>")]
        [Description("The example submissions the class is made from (default: submissions/examples)")]
        public string? Examples { get; init; }

        [CommandOption("--scaling")]
        [Description("Grade the class with --jobs 1, 2, ... up to the core count (or --jobs) and print each, and the best --jobs here")]
        public bool Scaling { get; init; }

        [CommandOption("--no-faults")]
        [Description("Do not sample the sandboxes' page faults (about 1 ms of grader CPU per submission here), e.g. for a throughput A/B against a build without them")]
        public bool NoFaults { get; init; }

        [CommandOption("--single")]
        [Description("Cold single-submission latency: grade one submission in fresh grader processes, next to the numpy floor")]
        public bool Single { get; init; }

        [CommandOption("--torch")]
        [Description("A PyTorch submission's warm cost next to a numpy one's on the same problems, and the first one's (its server imports torch), as multiples of the floor")]
        public bool Torch { get; init; }

        [CommandOption("--runs <N>")]
        [Description("With --single: fresh processes per build (default: 10); with --torch: submissions of each kind (default: 20)")]
        public int? Runs { get; init; }

        [CommandOption("--compare <BUILD>")]
        [Description("With --single: another build to run in the same rounds, an A/B: its folder (its grader-native, else its Grader.Cli.dll), or either file")]
        public string? Compare { get; init; }

        /// <summary>The mode the options ask for.</summary>
        /// <exception cref="UsageException">a bad number, or options of two modes.</exception>
        public Mode Choose()
        {
            if (Students is < 1)
            {
                throw CliMessages.BadStudents(Students.Value);
            }

            if (Jobs is < 1)
            {
                throw CliMessages.BadJobs(Jobs.Value);
            }

            if (Runs is < 1)
            {
                throw CliMessages.BadRuns(Runs.Value);
            }

            if (Torch)
            {
                var other = Single ? "--single" : Scaling ? "--scaling" : Students is not null ? "--students" : Jobs is not null ? "--jobs" : Keep is not null ? "--keep" : Compare is not null ? "--compare" : null;
                return other is null ? Mode.Torch : throw CliMessages.NotWithTorch(other);
            }

            if (Single)
            {
                var classOption = Scaling ? "--scaling" : NoFaults ? "--no-faults" : Students is not null ? "--students" : Jobs is not null ? "--jobs" : Keep is not null ? "--keep" : null;
                return classOption is null ? Mode.Single : throw CliMessages.NotWithSingle(classOption);
            }

            var singleOption = Runs is not null ? "--runs" : Compare is not null ? "--compare" : Submission is not null ? $"a submission ({Submission})" : null;
            return singleOption is not null ? throw CliMessages.OnlyWithSingle(singleOption) : Scaling ? Mode.Scaling : Mode.Class;
        }
    }
}
