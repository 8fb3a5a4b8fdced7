using System.Diagnostics;
using System.Globalization;

namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>A small tmpfs mounted for one test, to fill a disk for real; the test is skipped, saying why, where mounting is not permitted.</summary>
internal sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static Tmpfs Mount(int kib)
    {
        var path = Directory.CreateTempSubdirectory("grader-tmpfs-").FullName;
        var (exit, error) = Run("mount", "-t", "tmpfs", "-o", Size(kib), "tmpfs", path);
        if (exit != 0)
        {
            Directory.Delete(path);
            Assert.Ignore($"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {error.Trim()}");
        }

        return new Tmpfs(path);
    }

    /// <summary>Grows (or shrinks) the file system in place: its files stay.</summary>
    public void Resize(int kib) => Assert.That(Run("mount", "-o", "remount," + Size(kib), Path).Exit, Is.Zero);

    /// <summary>Writes a file until the disk is full.</summary>
    public void Fill()
    {
        using var stream = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static string Size(int kib) => string.Create(CultureInfo.InvariantCulture, $"size={kib}k");

    private static (int Exit, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
