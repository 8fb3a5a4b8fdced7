namespace Grader.Cli.Tests;

/// <summary>Folders the tests arrange: copies of the repository's examples and problems.</summary>
internal static class TestFolders
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>, which is made; a file already there is replaced.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
