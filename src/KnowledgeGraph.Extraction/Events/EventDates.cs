using System.Globalization;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The date a sentence gives an event, as ISO 8601 of the precision the text has: «12 марта 2024 года» ->
/// 2024-03-12, «в марте 2024 года» -> 2024-03, «в 2024 году» -> 2024. Relative dates are resolved against the
/// article's publication date (YYYY-MM-DD…) when it has one: «сегодня», «вчера», «завтра», «12 марта» (the
/// article's year), «в прошлом/этом/следующем году»; without a publication date they give nothing.
/// </summary>
internal static class EventDates
{
    private static readonly string[] Months =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    public static string? In(SentenceView v, string? published)
    {
        var today = Published(published);
        for (var i = 0; i < v.Tokens.Count; i++)
        {
            var w = v.Word(i);
            if (Number(w) is { } n)
            {
                var month = Month(v.Word(i + 1));
                if (n is >= 1 and <= 31 && month > 0)
                {
                    var year = Year(v, i + 2) ?? today?.Year;
                    if (year is { } y && IsDay(y, month, n))
                    {
                        return new DateOnly(y, month, n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }

                    continue;
                }

                if (Year(v, i) is { } alone)
                {
                    return alone.ToString("D4", CultureInfo.InvariantCulture);
                }

                continue;
            }

            if (Month(w) is > 0 and var m && i > 0 && v.Word(i - 1) is "в" or "во" && Year(v, i + 1) is { } my)
            {
                return $"{my:D4}-{m:D2}";
            }

            if (today is { } d)
            {
                var relative = w switch
                {
                    "сегодня" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "вчера" => d.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "завтра" => d.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (relative is not null)
                {
                    return relative;
                }

                if (v.Word(i + 1) is "году" or "год" && v.Word(i - 1) is "в" or "во" or "на")
                {
                    var shift = w switch { "прошлом" or "прошлый" => -1, "этом" or "текущем" or "нынешнем" => 0, "следующем" or "будущем" or "следующий" => 1, _ => (int?)null };
                    if (shift is { } s)
                    {
                        return (d.Year + s).ToString("D4", CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A year at token <paramref name="i"/>: four digits, followed by «год», «года», «году», «г».</summary>
    private static int? Year(SentenceView v, int i) =>
        Number(v.Word(i)) is { } y && y is > 1000 and < 3000 && v.Word(i + 1) is "г" or "года" or "году" or "год" ? y : null;

    private static int? Number(string w) =>
        w.Length is > 0 and <= 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int Month(string w)
    {
        // every month's stem starts with one of these letters, and its forms are at most nine letters long
        if (w.Length is < 3 or > 9 || w[0] is not ('я' or 'ф' or 'м' or 'а' or 'и' or 'с' or 'о' or 'н' or 'д'))
        {
            return 0;
        }

        for (var k = 0; k < Months.Length; k++)
        {
            // «ма» is May only as «мая», «май», «мае»: the stem is too short to stand alone
            if (k == 4 ? w is "мая" or "май" or "мае" : w.StartsWith(Months[k], StringComparison.Ordinal) && w.Length <= Months[k].Length + 2)
            {
                return k + 1;
            }
        }

        return 0;
    }

    private static bool IsDay(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    private static DateOnly? Published(string? published) =>
        published is { Length: >= 10 } p && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
