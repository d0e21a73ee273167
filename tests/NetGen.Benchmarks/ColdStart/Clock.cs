using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NetGen.ColdStart;

/// <summary>
/// A stopwatch of this thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID), which does not advance while other
/// processes have the core, so a shared two-core machine still gives comparable windows; or of wall time where that
/// clock is not available or <c>NETGEN_CLOCK=wall</c>. Compiling on this thread (a method's first call, an on-stack
/// replacement) is counted; the runtime's background tier-1 compiles are not, since the caller does not wait for them.
/// </summary>
internal sealed class Clock
{
    private static readonly bool UsesThreadTime = Environment.GetEnvironmentVariable("NETGEN_CLOCK") != "wall" && OperatingSystem.IsLinux();

    private long _started;

    public static string Kind => UsesThreadTime ? "thread CPU time" : "wall time";

    public double ElapsedNanoseconds { get; private set; }

    public void Start() => _started = Now();

    public void Stop() => ElapsedNanoseconds += Now() - _started;

    public void Add(double nanoseconds) => ElapsedNanoseconds += nanoseconds;

    private static long Now()
    {
        if (!UsesThreadTime)
        {
            return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        }

        if (ClockGetTime(ClockThreadCpuTime, out TimeSpec time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed; run with NETGEN_CLOCK=wall.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private const int ClockThreadCpuTime = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
