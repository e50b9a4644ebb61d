namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// A recognised mention: tokens [First, Last) of the text, a label and, except for persons
/// (named by the resolver from all their mentions), a canonical name and key.
/// </summary>
public sealed class Mention
{
    public required int First { get; init; }

    public required int Last { get; init; }

    public required string Label { get; init; }

    /// <summary>Character offsets when the mention is part of a token («казахстанско» in «казахстанско-американский»).</summary>
    public (int Start, int End)? Chars { get; init; }

    public string? Name { get; set; }

    public string? Key { get; set; }

    /// <summary>Extra surface forms worth keeping as aliases («МИА «Казинформ»» for «Казинформ»).</summary>
    public string? Alias { get; init; }

    public PersonParts? Person { get; init; }

    /// <summary>Made when first asked: most mentions have none.</summary>
    public Dictionary<string, object> Properties => _properties ??= new(StringComparer.Ordinal);

    private Dictionary<string, object>? _properties;

    /// <summary>Whether some property is set (asked without making the dictionary).</summary>
    public bool HasProperties => _properties is { Count: > 0 };

    /// <summary>Whether the property <paramref name="name"/> is set (asked without making the dictionary).</summary>
    public bool HasProperty(string name) => _properties is not null && _properties.ContainsKey(name);
}

/// <summary>
/// The parts of a person's name as found: given name (nominative, from the lexicon),
/// initials («К.», «В.В.»), patronymic and the surname as written, and the gender ('m', 'f', '*').
/// <see cref="SurnameNominative"/> is set when the given name and the surname agreed in case and
/// gender, so that the surname's nominative is known from this mention alone.
/// </summary>
public sealed record PersonParts(string? Given, string? Initials, string? Patronymic, string? SurnameForm, char Gender)
{
    public string? SurnameNominative { get; init; }

    /// <summary>The given name as written («Алие», «Дина»), so that the resolver can read it again in the gender the person's other mentions show.</summary>
    public string? GivenForm { get; init; }

    /// <summary>A Latin spelling in brackets right after a person mention («Джоэл Саймон (Joel Simon)»): the same person, not a new one.</summary>
    public bool Transcription { get; init; }

    /// <summary>A Chinese or Korean name, named surname first («Ким Чен Ир»); <see cref="Given"/> holds the syllables after the surname.</summary>
    public bool SurnameFirst { get; init; }
}
