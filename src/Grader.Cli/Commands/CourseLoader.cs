using Grader.Courses;

namespace Grader.Cli.Commands;

/// <summary>Finding and reading the course file a verb uses (its errors are spec errors, printed by <see cref="GraderApp"/>).</summary>
internal static class CourseLoader
{
    /// <summary>The course given by <paramref name="option"/>, else course.yaml beside the problems folder; null when there is none.</summary>
    public static Course? Load(CliContext context, ProblemsSettings settings, string? option)
    {
        var path = CourseFile.Locate(context.ProblemsDirectory(settings.Problems), option is null ? null : context.Resolve(option));
        return path is null ? null : CourseFile.Load(path, Path.GetRelativePath(context.WorkingDirectory, path));
    }
}
