using Grader.Running.Sandboxing;

namespace Grader.Running;

/// <summary>Finds the Python with numpy that runs submissions: the option, else Debian's <c>/usr/bin/python3</c>, else PATH.</summary>
internal static class PythonLocator
{
    public const string DebianPython = "/usr/bin/python3";

    public static string Find(string? configured)
    {
        if (configured is not null)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : throw RunnerException.PythonNotFound(configured);
        }

        if (File.Exists(DebianPython))
        {
            return DebianPython;
        }

        return ExecutableSearch.OnPath("python3") ?? throw RunnerException.PythonNotFound(null);
    }
}
