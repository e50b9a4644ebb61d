using System.Globalization;

/// <summary>
/// The runtime calls <see cref="Initialize"/> before the program's Main when this assembly is named in DOTNET_STARTUP_HOOKS
/// (the type must be called StartupHook and sit outside any namespace). At exit it prints the process's collections per
/// generation, the total time the collector paused the program, the bytes allocated and the bytes the collections
/// promoted (survivors copied or kept into the next generation: what makes a collection cost) on one line of standard error:
///   kg-gc: gen0 305 gen1 100 gen2 22 pause_ms 1043 allocated_mib 1688 heap_mib 41 promoted0_mib 610 promoted1_mib 240 in_gc_ms 900
/// A count includes the collections of older generations (gen0 counts every collection); gen2 includes background ones.
/// promoted0 sums the survivors of generation 0 over all collections, promoted1 those of generation 1 (into generation 2);
/// in_gc_ms the time from start to end of each blocking collection: the pause without the wait for threads to stop.
/// With KG_GC_ALLOC_TYPES=N (a number) it also prints, before that line, the N types that allocated most by the
/// runtime's sampled allocation ticks (one per ~100 KB; lines start "kg-alloc:"): where the allocated bytes go.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var promotions = new PromotionListener();
        var sampler = int.TryParse(Environment.GetEnvironmentVariable("KG_GC_ALLOC_TYPES"), out var top) && top > 0 ? new AllocationSampler() : null;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (sampler is not null)
            {
                Console.Error.Write(sampler.Report(top));
            }

            Console.Error.WriteLine(Line(promotions));
        };
    }

    private static string Line(PromotionListener promotions)
    {
        const double Mib = 1024 * 1024;
        var info = GC.GetGCMemoryInfo();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"kg-gc: gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} pause_ms {GC.GetTotalPauseDuration().TotalMilliseconds:0} allocated_mib {GC.GetTotalAllocatedBytes() / Mib:0} heap_mib {info.HeapSizeBytes / Mib:0} promoted0_mib {promotions.Gen0 / Mib:0} promoted1_mib {promotions.Gen1 / Mib:0} in_gc_ms {promotions.InBlockingCollections.TotalMilliseconds:0}");
    }
}
