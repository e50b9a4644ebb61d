namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// The genitive singular of a one-word place name by its ending: «Казахстан» -> «Казахстана»,
/// «Россия» -> «России», «Украина» -> «Украины», «Беларусь» -> «Беларуси», «Китай» -> «Китая»;
/// abbreviations and names of several words stay as they are.
/// </summary>
public static class Genitive
{
    public static string OfName(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || Text.Chars.All(name, c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return name;
        }

        var last = name[^1];
        return last switch
        {
            'я' when name.EndsWith("ия", StringComparison.Ordinal) => name[..^1] + "и",
            'я' => name[..^1] + "и",
            'а' when name.Length > 1 && "гкхжшчщ".Contains(name[^2], StringComparison.Ordinal) => name[..^1] + "и",
            'а' => name[..^1] + "ы",
            'ь' => name[..^1] + "и",
            'й' => name[..^1] + "я",
            _ when "оеиуыэю".Contains(last, StringComparison.Ordinal) => name,
            _ => name + "а",
        };
    }
}
