using System.Globalization;

namespace KnowledgeGraph.Texts;

/// <summary>The two languages the user is spoken to in: English by default, Russian when asked or when the culture is Russian.</summary>
public enum UiLanguage
{
    English,
    Russian,
}

/// <summary>Chooses the language from an explicit choice (<c>--lang en|ru</c>) or else from the culture (LANG=ru_RU.UTF-8).</summary>
public static class UiLanguages
{
    /// <summary>The language for <paramref name="choice"/> ("en", "ru", any case); null or empty falls back to <paramref name="culture"/>.</summary>
    public static UiLanguage Resolve(string? choice, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (!string.IsNullOrWhiteSpace(choice))
        {
            return choice.Trim().ToLowerInvariant() switch
            {
                "en" or "english" => UiLanguage.English,
                "ru" or "russian" => UiLanguage.Russian,
                _ => throw new ArgumentException(Messages.For(Resolve(null, CultureInfo.CurrentUICulture)).UnknownLanguage(choice)),
            };
        }

        return culture.TwoLetterISOLanguageName == "ru" ? UiLanguage.Russian : UiLanguage.English;
    }

    /// <summary>
    /// The language a command line asks for (<c>--lang ru</c> or <c>--lang=ru</c>), read before the command line is parsed
    /// (help texts need it); no choice, or one not understood, falls back to <paramref name="culture"/> (the parser refuses
    /// a wrong choice later).
    /// </summary>
    public static UiLanguage FromArguments(IReadOnlyList<string> args, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var choice = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i][7..] : null;
            if (choice is not null)
            {
                try
                {
                    return Resolve(choice, culture);
                }
                catch (ArgumentException)
                {
                    break;
                }
            }
        }

        return Resolve(null, culture);
    }

    /// <summary>The culture numbers are written in.</summary>
    public static CultureInfo Culture(this UiLanguage language) =>
        language == UiLanguage.Russian ? CultureInfo.GetCultureInfo("ru-RU") : CultureInfo.GetCultureInfo("en-US");

    /// <summary>The two-letter code ("en", "ru"), also the HTML lang attribute.</summary>
    public static string Code(this UiLanguage language) => language == UiLanguage.Russian ? "ru" : "en";
}
