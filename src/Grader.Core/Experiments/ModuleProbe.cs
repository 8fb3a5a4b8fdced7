using System.Collections.Concurrent;
using System.Diagnostics;
using Grader.Running;

namespace Grader.Experiments;

/// <summary>
/// Whether the grader's Python can import the modules a training problem needs (<c>requires: [torch]</c>),
/// asked once per module and process, outside the sandbox (the sandbox sees the same read-only system).
/// </summary>
public static class ModuleProbe
{
    private static readonly ConcurrentDictionary<(string Python, string Module), Lazy<bool>> Known = new();

    /// <summary>Importing torch takes seconds on a slow machine; a probe that takes longer counts as missing.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The first module the problem needs that does not import, or null when all do.</summary>
    public static string? FirstMissing(IEnumerable<string> modules, string? pythonPath)
    {
        string python;
        try
        {
            python = PythonLocator.Find(pythonPath);
        }
        catch (RunnerException)
        {
            return null; // no Python at all: the run says so, for every problem alike
        }

        return modules.FirstOrDefault(m => !Known.GetOrAdd((python, m), key => new Lazy<bool>(() => Imports(key.Python, key.Module))).Value);
    }

    private static bool Imports(string python, string module)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import " + module);
        try
        {
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
