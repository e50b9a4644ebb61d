namespace KnowledgeGraph.Texts;

/// <summary>
/// <c>kg bench</c>: the help of its options and the lines of figures it prints. Numbers are grouped by the language's
/// culture; units are abbreviated (KB, ms, µs; КБ, мс, мкс).
/// </summary>
public sealed partial class Messages
{
    public string HelpBenchArticles => T("Articles to extract on one thread.", "Сколько статей извлечь в одном потоке.");

    public string HelpBenchWrites => T(
        "Articles to write to a scratch store one by one.",
        "Сколько статей записать по одной во временное хранилище.");

    public string HelpBenchRows => T("Rows in the UNWIND batch to encode.", "Сколько строк в кодируемом пакете UNWIND.");

    public string HelpBenchFeedItems => T(
        "Items of the local feed for the whole feed path (0 skips it).",
        "Сколько материалов в локальной ленте для всего пути ленты (0 — пропустить).");

    public string HelpBenchSizes => T(
        "Corpus sizes for extract, ingest and sync throughput (0 to skip).",
        "Размеры корпусов для пропускной способности extract, ingest и sync (0 — пропустить).");

    public string HelpBenchWriteCorpus => T(
        "Only write --articles generated ~3 KB articles into this folder (for timing kg ingest/extract/sync).",
        "Только записать в эту папку --articles созданных статей по ~3 КБ (чтобы замерять kg ingest/extract/sync).");

    public string HelpBenchNullServer => T(
        "Only run a null Bolt server on this loopback port until stopped, then print what it received.",
        "Только запустить пустой сервер Bolt на этом локальном порту до остановки, затем вывести, что он получил.");

    public string HelpBenchScaling => T(
        "Instead: extraction time against text length, 1 KB up to this many KB (at most 8192), with and without sentence ends.",
        "Вместо этого: время извлечения в зависимости от длины текста, от 1 КБ до стольких КБ (не больше 8192), с концами предложений и без.");

    public string BenchNoSamples => T("no sample articles are built into this kg", "в эту сборку kg не встроены образцы статей");

    /// <summary>"machine: 2 cores, Linux …, .NET 10.0.0".</summary>
    public string BenchMachine(int cores, string os, string runtime) =>
        T($"machine: {Nouns.Core.Count(cores, Language)}, {os}, .NET {runtime}", $"машина: {Nouns.Core.Count(cores, Language)}, {os}, .NET {runtime}");

    public string BenchExtraction => T("extraction (1 thread)", "извлечение (1 поток)");

    public string BenchStoreWrites => T("store writes", "запись в хранилище");

    public string BenchBoltEncoding => T("bolt encoding (UNWIND rows)", "кодирование Bolt (строки UNWIND)");

    public string BenchFeedPath => T("feed path (local server)", "путь ленты (локальный сервер)");

    /// <summary>"extraction (1 thread)   2,000 articles in 1.234 s = 1,621 articles/s  (peak working set 210 MiB)".</summary>
    public string BenchFigure(string name, Noun unit, long items, TimeSpan elapsed, long peakBytes)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var rate = items / Math.Max(elapsed.TotalSeconds, 1e-9);
        return T(
            $"{name,-30} {Count(unit, items),18} in {Seconds(elapsed),7} s = {Number(rate, "N0"),10} {Rate(unit)}  (peak working set {MiB(peakBytes)} MiB)",
            $"{name,-30} {Count(unit, items),18} за {Seconds(elapsed),7} с = {Number(rate, "N0"),10} {Rate(unit)}  (пиковый рабочий набор {MiB(peakBytes)} МиБ)");
    }

    /// <summary>The feed path's line: items a second, and the share of main-text extraction in an item's time.</summary>
    public string BenchFeedFigure(int items, TimeSpan whole, TimeSpan mainText)
    {
        var perItem = Number(whole.TotalMilliseconds / items, "0.00");
        var main = Number(mainText.TotalMilliseconds / items, "0.00");
        var share = Number(mainText / whole, "P0");
        return T(
            $"{BenchFeedPath,-30} {Count(Nouns.Item, items),18} in {Seconds(whole),7} s = {Number(items / whole.TotalSeconds, "N1"),10} {Rate(Nouns.Item)}  (main text {main} ms of {perItem} ms an item = {share})",
            $"{BenchFeedPath,-30} {Count(Nouns.Item, items),18} за {Seconds(whole),7} с = {Number(items / whole.TotalSeconds, "N1"),10} {Rate(Nouns.Item)}  (основной текст {main} мс из {perItem} мс на материал = {share})");
    }

    /// <summary>The feed path stored fewer items than the feed had.</summary>
    public string BenchFeedShort(long stored, int items, string detail) =>
        T($"feed path: only {stored} of {Count(Nouns.Item, items)} stored ({detail})", $"путь ленты: сохранено лишь {stored} из {Count(Nouns.Item, items)} ({detail})");

    /// <summary>The throughput of extract, ingest and sync on one corpus size.</summary>
    public string BenchThroughput(
        int articles, double extractPerSecond, double ingestPerSecond, double writtenKb, double storedKb,
        double syncPerSecond, double syncKb, double syncMs, long transactions, long peakBytes) =>
        T(
            $"{Count(Nouns.Article, articles),14}: extract {Number(extractPerSecond, "N0"),7}/s | ingest {Number(ingestPerSecond, "N0"),7}/s, written {Number(writtenKb, "0.0"),6} KB, "
            + $"stored {Number(storedKb, "0.0"),5} KB per article | sync {Number(syncPerSecond, "N0"),7}/s, {Number(syncKb, "0.0"),5} KB and "
            + $"{Number(syncMs, "0.000"),6} ms per article, {Count(Nouns.Transaction, transactions)} | peak working set {MiB(peakBytes)} MiB",
            $"{Count(Nouns.Article, articles),14}: extract {Number(extractPerSecond, "N0"),7}/с | ingest {Number(ingestPerSecond, "N0"),7}/с, записано {Number(writtenKb, "0.0"),6} КБ, "
            + $"хранится {Number(storedKb, "0.0"),5} КБ на статью | sync {Number(syncPerSecond, "N0"),7}/с, {Number(syncKb, "0.0"),5} КБ и "
            + $"{Number(syncMs, "0.000"),6} мс на статью, {Count(Nouns.Transaction, transactions)} | пиковый рабочий набор {MiB(peakBytes)} МиБ");

    /// <summary>What the null Bolt server received: "received 12345 bytes, 3 RUN, 2 COMMIT" (the byte count ungrouped, for scripts).</summary>
    public string BenchNullServerReceived(long bytes, long runs, long commits)
    {
        var count = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return T($"received {count} {Nouns.Byte.EnglishForm(bytes)}, {runs} RUN, {commits} COMMIT",
                 $"получено {count} {Nouns.Byte.RussianForm(bytes)}, {runs} RUN, {commits} COMMIT");
    }

    /// <summary>The name of a kind of text of <c>kg bench --scaling</c>.</summary>
    public string ScalingKind(bool people, bool sentenceEnds) => (people, sentenceEnds) switch
    {
        (false, true) => T("samples, sentences", "образцы, предложения"),
        (false, false) => T("samples, no ends", "образцы, без точек"),
        (true, true) => T("people, sentences", "люди, предложения"),
        _ => T("people, no ends", "люди, без точек"),
    };

    /// <summary>"  1024 KB  samples, sentences      12.3 ms  12 µs/KB  (CPU 11 µs/KB)".</summary>
    public string ScalingRow(int kilobytes, string kind, TimeSpan perText, double microsecondsPerKilobyte, double cpuMicrosecondsPerKilobyte) =>
        T($"{kilobytes,6} KB  {kind,-22}  {Number(perText.TotalMilliseconds, "0.0"),10} ms  {Number(microsecondsPerKilobyte, "0"),8} µs/KB  (CPU {Number(cpuMicrosecondsPerKilobyte, "0"),6} µs/KB)",
          $"{kilobytes,6} КБ  {kind,-22}  {Number(perText.TotalMilliseconds, "0.0"),10} мс  {Number(microsecondsPerKilobyte, "0"),8} мкс/КБ  (ЦП {Number(cpuMicrosecondsPerKilobyte, "0"),6} мкс/КБ)");

    /// <summary>"samples, sentences: 1-8192 KB, 10 µs/KB at 64 KB to 14 at 1 KB, highest/lowest 1.40 (CPU time 1.30)".</summary>
    public string ScalingSpread(string kind, int fromKilobytes, int toKilobytes, double min, int minAt, double max, int maxAt, double cpuSpread) =>
        T($"{kind}: {fromKilobytes}-{toKilobytes} KB, {Number(min, "0")} µs/KB at {minAt} KB to {Number(max, "0")} at {maxAt} KB, highest/lowest {Number(max / min, "0.00")} (CPU time {Number(cpuSpread, "0.00")})",
          $"{kind}: {fromKilobytes}-{toKilobytes} КБ, от {Number(min, "0")} мкс/КБ при {minAt} КБ до {Number(max, "0")} при {maxAt} КБ, наибольшее/наименьшее {Number(max / min, "0.00")} (время ЦП {Number(cpuSpread, "0.00")})");

    private string Count(Noun noun, long n) => noun.Count(n, Language);

    /// <summary>The unit of a rate: "articles/s", «статей/с».</summary>
    private string Rate(Noun noun) => T(noun.EnglishPlural + "/s", noun.RussianMany + "/с");

    private string Number(double value, string format) => value.ToString(format, Language.Culture());

    private string Seconds(TimeSpan elapsed) => Number(elapsed.TotalSeconds, "0.000");

    private static long MiB(long bytes) => bytes / (1024 * 1024);
}
