using Grader.Running;

namespace Grader.Core.Tests.Running;

/// <summary>A fixture that grades through one real, sandboxed runner shared by its tests.</summary>
internal abstract class RunnerFixture
{
    protected SubmissionRunner Runner { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartRunner() => Runner = new SubmissionRunner(new SandboxOptions());

    [OneTimeTearDown]
    public void StopRunner() => Runner.Dispose();
}
