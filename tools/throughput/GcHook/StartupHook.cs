using System.Globalization;

/// <summary>
/// The runtime calls <see cref="Initialize"/> before the program's Main when this assembly is named in DOTNET_STARTUP_HOOKS
/// (the type must be called StartupHook and sit outside any namespace). At exit it prints the process's collections per
/// generation, the total time the collector paused the program and the bytes allocated, on one line of standard error:
///   kg-gc: gen0 305 gen1 100 gen2 22 pause_ms 1043 allocated_mib 1688 heap_mib 41
/// A gen2 count includes background collections; gen1 includes the gen2 ones, gen0 the gen1 ones (each count is of
/// collections of that generation or an older one).
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine(Line());

    private static string Line()
    {
        const double Mib = 1024 * 1024;
        var info = GC.GetGCMemoryInfo();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"kg-gc: gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} pause_ms {GC.GetTotalPauseDuration().TotalMilliseconds:0} allocated_mib {GC.GetTotalAllocatedBytes() / Mib:0} heap_mib {info.HeapSizeBytes / Mib:0}");
    }
}
