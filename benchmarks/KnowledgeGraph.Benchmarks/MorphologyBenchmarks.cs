using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The morphology dictionary: loading it (once per process in the program), and reading words.</summary>
[MemoryDiagnoser]
public class MorphologyBenchmarks
{
    private static readonly string[] Words =
    [
        "Министерства", "иностранных", "дел", "Казахстана", "провели", "переговоры", "с", "делегацией",
        "Юлии", "Тимошенко", "Уэббера", "Ковальской", "в", "столице", "обсудили", "сотрудничество",
    ];

    private string _file = "";
    private MorphAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(MorphologyLocator.FindDefault(), "opencorpora.kgm");
        _analyzer = MorphAnalyzer.Load(_file);
    }

    [Benchmark(Description = "load the dictionary")]
    public MorphAnalyzer Load() => MorphAnalyzer.Load(_file);

    [Benchmark(Description = "parse 16 words (dictionary and guesser)", OperationsPerInvoke = 16)]
    public int Parse()
    {
        var readings = 0;
        foreach (var word in Words)
        {
            readings += _analyzer.Parse(word).Count;
        }

        return readings;
    }
}
