namespace KnowledgeGraph.Texts;

/// <summary>
/// Every sentence the user reads, English and Russian side by side: one instance per language
/// (<see cref="For"/>). Labels and relationship types keep their contract identifiers in data and get a display
/// name from <see cref="GraphNames"/>.
/// </summary>
public sealed partial class Messages
{
    private static readonly Messages EnglishMessages = new(UiLanguage.English);
    private static readonly Messages RussianMessages = new(UiLanguage.Russian);

    private Messages(UiLanguage language) => Language = language;

    public UiLanguage Language { get; }

    public static Messages For(UiLanguage language) => language == UiLanguage.Russian ? RussianMessages : EnglishMessages;

    /// <summary>The messages of the current UI culture (kg sets it from <c>--lang</c> or LANG at start).</summary>
    public static Messages Current => For(UiLanguages.Resolve(null, System.Globalization.CultureInfo.CurrentUICulture));

    private string T(string english, string russian) => Language == UiLanguage.Russian ? russian : english;

    public string CountsLine(string entities, string articles, string relationships, string mentions) =>
        T($"{entities}, {articles}, {relationships} (and {mentions}, counted apart)",
          $"{entities}, {articles}, {relationships} (и отдельно {mentions})");

    public string GraphTitle => T("Knowledge graph", "Граф знаний");

    public string GraphTitleWithCounts(string counts) => T($"Knowledge graph: {counts}", $"Граф знаний: {counts}");
}
