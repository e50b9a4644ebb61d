using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Options;

/// <summary>
/// The validation messages of the options classes in the user's language: attributes take constants, so they name a
/// property here (<c>ErrorMessageResourceType</c>, <c>ErrorMessageResourceName</c>) and get its text when a setting fails.
/// </summary>
public static class SettingTexts
{
    private static Messages M => Messages.Current;

    public static string StorePath => M.StorePathRequired;

    public static string StoreCacheMegabytes => M.SettingBetween("Store:CacheMegabytes", "1", "4096");

    public static string StoreCheckpointPages => M.SettingBetween("Store:CheckpointPages", "100", "1000000");

    public static string StoreCheckMegabytes => M.SettingBetween("Store:CheckMegabytes", "0", "1048576");

    public static string StoreGroupArticles => M.SettingBetween("Store:GroupArticles", "1", "100000");

    public static string StoreGroupMilliseconds => M.SettingBetween("Store:GroupMilliseconds", "1", "60000");

    public static string IngestInbox => M.InboxRequired;

    public static string IngestPollSeconds => M.SettingBetween("Ingest:PollSeconds", "0.05", "3600");

    public static string IngestSettleSeconds => M.SettingBetween("Ingest:SettleSeconds", "0", "3600");

    public static string IngestMaxFileBytes => M.SettingPositive("Ingest:MaxFileBytes");

    public static string IngestWorkers => M.SettingBetween("Ingest:Workers", M.OnePerProcessor, "256");

    public static string IngestQueueLength => M.SettingBetween("Ingest:QueueLength", "1", "100000");

    public static string ExtractionArticleTimeoutSeconds => M.SettingBetween("Extraction:ArticleTimeoutSeconds", M.NoDeadline, "86400");
}
