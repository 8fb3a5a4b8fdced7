using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Grader.Running.Sandboxing;

/// <summary>
/// The system calls student code may not make, as a classic BPF program for
/// <c>prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER)</c>; the grader builds it and the worker installs it
/// before any student code runs (workers get it as bytes: one list, in one place). What it closes:
/// reaching into another process (ptrace, <c>pidfd_getfd</c>, <c>process_vm_*</c>), kernel state
/// that outlives a process (keyrings, POSIX and System V IPC), memory outside every limit
/// (<c>memfd_create</c>), and anything that changes namespaces or mounts. Denied calls fail with
/// EPERM (so Python raises <c>PermissionError</c>); <c>clone3</c> fails with ENOSYS so the C library
/// falls back to <c>clone</c>, whose namespace flags are checked; a foreign architecture or the x32
/// ABI kills the process.
/// </summary>
internal static class SeccompFilter
{
    private const ushort LoadWord = 0x20;      // BPF_LD | BPF_W | BPF_ABS
    private const ushort JumpEqual = 0x15;     // BPF_JMP | BPF_JEQ | BPF_K
    private const ushort JumpAtLeast = 0x35;   // BPF_JMP | BPF_JGE | BPF_K
    private const ushort JumpAnyBit = 0x45;    // BPF_JMP | BPF_JSET | BPF_K
    private const ushort Return = 0x06;        // BPF_RET | BPF_K
    private const uint Allow = 0x7fff0000;
    private const uint KillProcess = 0x80000000;
    private const uint Errno = 0x00050000;
    private const uint EPERM = 1;
    private const uint EACCES = 13;
    private const uint ENOSYS = 38;
    private const uint UnixSockets = 1;        // AF_UNIX
    private const uint X32Bit = 0x40000000;

    /// <summary>CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET (clone cannot ask for NEWTIME: that bit is its exit signal's).</summary>
    private const uint NamespaceFlags = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;

    /// <summary>Offsets in <c>struct seccomp_data</c>: nr, arch, args[0] (its low word on little-endian machines).</summary>
    private const uint NumberAt = 0, ArchitectureAt = 4, FirstArgumentAt = 16;

    /// <summary>The denied calls by name; a name this architecture does not have is skipped.</summary>
    public static IReadOnlyList<string> Denied { get; } =
    [
        "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_open", "pidfd_getfd", "process_madvise", "kcmp",
        "keyctl", "add_key", "request_key",
        "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify", "mq_getsetattr",
        "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop", "semctl", "semtimedop", "shmget", "shmat", "shmctl", "shmdt",
        "memfd_create", "memfd_secret", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
        "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "open_tree", "move_mount", "fsopen", "fsconfig",
        "fsmount", "fspick", "mount_setattr", "name_to_handle_at", "open_by_handle_at",
        "personality", "bpf", "perf_event_open", "syslog", "acct", "quotactl", "quotactl_fd", "lookup_dcookie", "uselib",
        "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "swapon", "swapoff", "reboot",
        "iopl", "ioperm",
    ];

    /// <summary>The program for this machine's architecture: 8 bytes per instruction, native byte order.</summary>
    /// <exception cref="PlatformNotSupportedException">an architecture other than x86-64 or ARM64.</exception>
    public static byte[] Build() => Build(RuntimeInformation.ProcessArchitecture);

    public static byte[] Build(Architecture architecture) => Build(architecture, Denied, unixSocketsOnly: false);

    /// <summary>
    /// The program of the confined fallback (<see cref="Confinement"/>), where no network namespace
    /// exists: also <c>socket</c> for any family but <c>AF_UNIX</c> (EACCES), so no network at all; and
    /// <c>memfd_create</c> allowed, which the .NET runtime needs for its JIT code (a memfd is bounded
    /// by the file-size and open-file limits).
    /// </summary>
    public static byte[] BuildConfined(Architecture architecture) =>
        Build(architecture, [.. Denied.Where(name => name != "memfd_create")], unixSocketsOnly: true);

    private static byte[] Build(Architecture architecture, IReadOnlyList<string> denied, bool unixSocketsOnly)
    {
        uint audit;
        IReadOnlyDictionary<string, uint> numbers;
        switch (architecture)
        {
            case Architecture.X64:
                (audit, numbers) = (0xC000003Eu, SyscallNumbers.X64);
                break;
            case Architecture.Arm64:
                (audit, numbers) = (0xC00000B7u, SyscallNumbers.Arm64);
                break;
            default:
                throw new PlatformNotSupportedException(RunMessages.SeccompUnsupported(architecture));
        }

        var program = new List<Instruction>
        {
            new(LoadWord, 0, 0, ArchitectureAt),
            new(JumpEqual, 1, 0, audit),
            new(Return, 0, 0, KillProcess),
            new(LoadWord, 0, 0, NumberAt),
        };
        // Jumps to the shared "deny", filled in once its place is known.
        var deny = new List<int>();
        if (architecture == Architecture.X64)
        {
            deny.Add(program.Count);
            program.Add(new(JumpAtLeast, 0, 0, X32Bit));
        }

        foreach (var name in denied.Where(numbers.ContainsKey))
        {
            deny.Add(program.Count);
            program.Add(new(JumpEqual, 0, 0, numbers[name]));
        }

        if (unixSocketsOnly)
        {
            // socket(family, ...): AF_UNIX allowed, any other family refused.
            program.Add(new(JumpEqual, 0, 4, numbers["socket"]));
            program.Add(new(LoadWord, 0, 0, FirstArgumentAt));
            program.Add(new(JumpEqual, 0, 1, UnixSockets));
            program.Add(new(Return, 0, 0, Allow));
            program.Add(new(Return, 0, 0, Errno | EACCES));
        }

        // clone: allowed unless it asks for a namespace; clone3 (flags behind a pointer): ENOSYS.
        program.Add(new(JumpEqual, 0, 3, numbers["clone"]));
        program.Add(new(LoadWord, 0, 0, FirstArgumentAt));
        deny.Add(program.Count);
        program.Add(new(JumpAnyBit, 0, 0, NamespaceFlags));
        program.Add(new(Return, 0, 0, Allow));
        program.Add(new(JumpEqual, 0, 1, numbers["clone3"]));
        program.Add(new(Return, 0, 0, Errno | ENOSYS));
        program.Add(new(Return, 0, 0, Allow));
        var denyAt = program.Count;
        program.Add(new(Return, 0, 0, Errno | EPERM));

        foreach (var at in deny)
        {
            var jump = denyAt - at - 1;
            if (jump > byte.MaxValue)
            {
                throw new InvalidOperationException("the seccomp program is too long for its jumps");
            }

            program[at] = program[at] with { True = (byte)jump };
        }

        var bytes = new byte[program.Count * 8];
        for (var i = 0; i < program.Count; i++)
        {
            var (code, jt, jf, k) = program[i];
            var at = bytes.AsSpan(i * 8);
            BinaryPrimitives.WriteUInt16LittleEndian(at, code);
            at[2] = jt;
            at[3] = jf;
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], k);
        }

        return bytes;
    }

    /// <summary>One <c>struct sock_filter</c>: opcode, jump offsets if true and if false, operand.</summary>
    private readonly record struct Instruction(ushort Code, byte True, byte False, uint K);
}
