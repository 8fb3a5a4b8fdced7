namespace Grader.Running.Sandboxing;

/// <summary>
/// System call numbers of the calls <see cref="SeccompFilter"/> names, per architecture
/// (x86-64: <c>arch/x86/entry/syscalls/syscall_64.tbl</c>; ARM64: the generic table,
/// <c>include/uapi/asm-generic/unistd.h</c>).
/// </summary>
internal static class SyscallNumbers
{
    public static IReadOnlyDictionary<string, uint> X64 { get; } = new Dictionary<string, uint>(StringComparer.Ordinal)
    {
        ["shmget"] = 29, ["shmat"] = 30, ["shmctl"] = 31, ["socket"] = 41, ["clone"] = 56, ["semget"] = 64, ["semop"] = 65, ["semctl"] = 66,
        ["shmdt"] = 67, ["msgget"] = 68, ["msgsnd"] = 69, ["msgrcv"] = 70, ["msgctl"] = 71, ["ptrace"] = 101, ["syslog"] = 103,
        ["uselib"] = 134, ["personality"] = 135, ["pivot_root"] = 155, ["chroot"] = 161, ["acct"] = 163, ["mount"] = 165,
        ["umount2"] = 166, ["swapon"] = 167, ["swapoff"] = 168, ["reboot"] = 169, ["iopl"] = 172, ["ioperm"] = 173,
        ["init_module"] = 175, ["delete_module"] = 176, ["quotactl"] = 179, ["lookup_dcookie"] = 212, ["semtimedop"] = 220,
        ["mq_open"] = 240, ["mq_unlink"] = 241, ["mq_timedsend"] = 242, ["mq_timedreceive"] = 243, ["mq_notify"] = 244,
        ["mq_getsetattr"] = 245, ["kexec_load"] = 246, ["add_key"] = 248, ["request_key"] = 249, ["keyctl"] = 250,
        ["unshare"] = 272, ["perf_event_open"] = 298, ["name_to_handle_at"] = 303, ["open_by_handle_at"] = 304, ["setns"] = 308,
        ["process_vm_readv"] = 310, ["process_vm_writev"] = 311, ["kcmp"] = 312, ["finit_module"] = 313, ["memfd_create"] = 319,
        ["kexec_file_load"] = 320, ["bpf"] = 321, ["userfaultfd"] = 323, ["io_uring_setup"] = 425, ["io_uring_enter"] = 426,
        ["io_uring_register"] = 427, ["open_tree"] = 428, ["move_mount"] = 429, ["fsopen"] = 430, ["fsconfig"] = 431,
        ["fsmount"] = 432, ["fspick"] = 433, ["pidfd_open"] = 434, ["clone3"] = 435, ["pidfd_getfd"] = 438,
        ["process_madvise"] = 440, ["mount_setattr"] = 442, ["quotactl_fd"] = 443, ["memfd_secret"] = 447,
    };

    public static IReadOnlyDictionary<string, uint> Arm64 { get; } = new Dictionary<string, uint>(StringComparer.Ordinal)
    {
        ["lookup_dcookie"] = 18, ["umount2"] = 39, ["mount"] = 40, ["pivot_root"] = 41, ["chroot"] = 51, ["quotactl"] = 60,
        ["acct"] = 89, ["personality"] = 92, ["unshare"] = 97, ["kexec_load"] = 104, ["init_module"] = 105,
        ["delete_module"] = 106, ["syslog"] = 116, ["ptrace"] = 117, ["reboot"] = 142, ["mq_open"] = 180, ["mq_unlink"] = 181,
        ["mq_timedsend"] = 182, ["mq_timedreceive"] = 183, ["mq_notify"] = 184, ["mq_getsetattr"] = 185, ["msgget"] = 186,
        ["msgctl"] = 187, ["msgrcv"] = 188, ["msgsnd"] = 189, ["semget"] = 190, ["semctl"] = 191, ["semtimedop"] = 192,
        ["semop"] = 193, ["shmget"] = 194, ["shmctl"] = 195, ["shmat"] = 196, ["shmdt"] = 197, ["add_key"] = 217,
        ["request_key"] = 218, ["keyctl"] = 219, ["socket"] = 198, ["clone"] = 220, ["swapon"] = 224, ["swapoff"] = 225, ["perf_event_open"] = 241,
        ["name_to_handle_at"] = 264, ["open_by_handle_at"] = 265, ["setns"] = 268, ["process_vm_readv"] = 270,
        ["process_vm_writev"] = 271, ["kcmp"] = 272, ["finit_module"] = 273, ["memfd_create"] = 279, ["bpf"] = 280,
        ["userfaultfd"] = 282, ["kexec_file_load"] = 294, ["io_uring_setup"] = 425, ["io_uring_enter"] = 426,
        ["io_uring_register"] = 427, ["open_tree"] = 428, ["move_mount"] = 429, ["fsopen"] = 430, ["fsconfig"] = 431,
        ["fsmount"] = 432, ["fspick"] = 433, ["pidfd_open"] = 434, ["clone3"] = 435, ["pidfd_getfd"] = 438,
        ["process_madvise"] = 440, ["mount_setattr"] = 442, ["quotactl_fd"] = 443, ["memfd_secret"] = 447,
    };
}
