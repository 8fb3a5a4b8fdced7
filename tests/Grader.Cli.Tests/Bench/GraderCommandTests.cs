using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class GraderCommandTests
{
    [Test]
    public void Running_InTheTestHost_IsDotnetWithTheGradersDll()
    {
        // When the build running now is asked for (the tests run in a test host, not in Grader.Cli)
        var command = GraderCommand.Running();

        // Then dotnet runs the Grader.Cli.dll beside the tests
        Assert.That(Path.GetFileNameWithoutExtension(command.FileName), Is.EqualTo("dotnet"));
        Assert.That(command.Arguments, Is.EqualTo(new[] { typeof(GraderApp).Assembly.Location }));
    }

    [Test]
    public void FindAssembly_FileFolderOrNeither_FindsTheDllWithItsRuntimeConfig()
    {
        // Given a build folder, and a folder with a dll but no runtimeconfig
        var build = Directory.CreateTempSubdirectory("grader-build-").FullName;
        var bare = Directory.CreateTempSubdirectory("grader-build-").FullName;
        try
        {
            var dll = Path.Combine(build, "Grader.Cli.dll");
            File.WriteAllText(dll, "");
            File.WriteAllText(Path.Combine(build, "Grader.Cli.runtimeconfig.json"), "{}");
            File.WriteAllText(Path.Combine(bare, "Grader.Cli.dll"), "");

            // Then
            Assert.That(GraderCommand.FindAssembly(build), Is.EqualTo(dll));
            Assert.That(GraderCommand.FindAssembly(dll), Is.EqualTo(dll));
            Assert.That(GraderCommand.FindAssembly(bare), Is.Null);
            Assert.That(GraderCommand.FindAssembly(Path.Combine(build, "missing.dll")), Is.Null);
        }
        finally
        {
            Directory.Delete(build, recursive: true);
            Directory.Delete(bare, recursive: true);
        }
    }
}
