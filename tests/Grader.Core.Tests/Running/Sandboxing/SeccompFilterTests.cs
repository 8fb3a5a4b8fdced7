using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Grader.Running;
using Grader.Running.Sandboxing;

namespace Grader.Core.Tests.Running.Sandboxing;

/// <summary>
/// The seccomp program, read back instruction by instruction: it checks the architecture first,
/// every denied call of that architecture jumps to the one EPERM, and every jump stays inside the
/// program. (What it does to real code: CrossSubmissionTests.)
/// </summary>
internal sealed class SeccompFilterTests
{
    private const uint Eperm = 0x00050001;

    [TestCase(Architecture.X64, 0xC000003Eu, 101u, 56u, TestName = "Build_X64_DeniesPtraceAndChecksCloneFlags")]
    [TestCase(Architecture.Arm64, 0xC00000B7u, 117u, 220u, TestName = "Build_Arm64_DeniesPtraceAndChecksCloneFlags")]
    public void Build_Architecture_DeniesTheListedCallsOnly(Architecture architecture, uint audit, uint ptrace, uint clone)
    {
        // When
        var program = Decode(SeccompFilter.Build(architecture));

        // Then the architecture is checked first, a foreign one killed
        Assert.That(program[1], Is.EqualTo((Code: (ushort)0x15, True: (byte)1, False: (byte)0, K: audit)));
        Assert.That(program[2].K, Is.EqualTo(0x80000000u));

        // and every jump lands inside the program; ptrace and the namespace flags of clone reach EPERM
        for (var i = 0; i < program.Count; i++)
        {
            if ((program[i].Code & 0x07) == 0x05)
            {
                Assert.That(i + 1 + Math.Max(program[i].True, program[i].False), Is.LessThan(program.Count), $"instruction {i}");
            }
        }

        var denyAt = program.FindIndex(p => p.Code == 0x06 && p.K == Eperm);
        var ptraceAt = program.FindIndex(p => p.Code == 0x15 && p.K == ptrace);
        Assert.That(ptraceAt + 1 + program[ptraceAt].True, Is.EqualTo(denyAt));
        var cloneAt = program.FindIndex(p => p.Code == 0x15 && p.K == clone);
        Assert.That(program[cloneAt + 2].Code, Is.EqualTo(0x45), "clone's flags are tested");
        Assert.That(cloneAt + 3 + program[cloneAt + 2].True, Is.EqualTo(denyAt));
        var numbers = architecture == Architecture.X64 ? SyscallNumbers.X64 : SyscallNumbers.Arm64;
        var denied = program.Skip(4).Take(cloneAt - 4).Where(p => p.Code == 0x15).Select(p => p.K);
        Assert.That(denied, Is.EquivalentTo(SeccompFilter.Denied.Where(numbers.ContainsKey).Select(name => numbers[name])));
    }

    [Test]
    public void Build_OtherArchitecture_RefusesNamingTheOnesItKnows()
    {
        // When / Then
        var error = Assert.Throws<PlatformNotSupportedException>(() => SeccompFilter.Build(Architecture.Arm));
        Assert.That(error!.Message, Does.Contain("knows x86-64 and ARM64"));
    }

    private static List<(ushort Code, byte True, byte False, uint K)> Decode(byte[] bytes)
    {
        Assert.That(bytes.Length % 8, Is.Zero);
        return [.. Enumerable.Range(0, bytes.Length / 8).Select(i => bytes.AsSpan(i * 8, 8).ToArray()).Select(b =>
            (BinaryPrimitives.ReadUInt16LittleEndian(b), b[2], b[3], BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4))))];
    }
}
