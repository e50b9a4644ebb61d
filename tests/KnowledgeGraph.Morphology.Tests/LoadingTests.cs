namespace KnowledgeGraph.Morphology.Tests;

public class LoadingTests
{
    [Fact]
    public void One_analyzer_per_folder_shared_by_all_threads()
    {
        var folder = MorphologyLocator.FindDefault();
        var analyzers = Enumerable.Range(0, 8).AsParallel().Select(_ => MorphAnalyzer.ForFolder(folder)).ToList();

        Assert.All(analyzers, a => Assert.Same(MorphAnalyzer.Default, a));
    }

    [Fact]
    public void Names_its_source() => Assert.Contains("OpenCorpora", MorphAnalyzer.Default.Source);

    [Fact]
    public void The_lexicon_folder_leads_to_its_sibling()
    {
        var morphology = MorphologyLocator.FindDefault();
        var lexicons = Path.Combine(Path.GetDirectoryName(morphology)!, "lexicons");

        Assert.Equal(Path.GetFullPath(morphology), Path.GetFullPath(MorphologyLocator.FindBeside(lexicons)));
    }

    [Fact]
    public void A_file_that_is_not_a_dictionary_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, "KGMORPH1 but nothing after"u8.ToArray()[..12]);
            Assert.Throws<InvalidDataException>(() => MorphAnalyzer.Load(file));
            File.WriteAllText(file, "hello");
            Assert.Throws<InvalidDataException>(() => MorphAnalyzer.Load(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
