namespace KnowledgeGraph.Morphology;

/// <summary>Gives a form (as the analyzer returns it, lower case) the capitalisation of the word it was read from.</summary>
public static class Capitalization
{
    /// <summary>«ковальская» like «КОВАЛЬСКОЙ» -> «КОВАЛЬСКАЯ»; like «Ковальской» -> «Ковальская»; hyphen parts each («Нью-Йорк»).</summary>
    public static string Like(string form, string model)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Length > 1 && model.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return Model.TextCase.ToUpper(form);
        }

        var chars = form.ToCharArray();
        var modelStarts = PartStarts(model).Select(i => char.IsUpper(model[i])).ToList();
        var part = 0;
        foreach (var start in PartStarts(form))
        {
            var upper = part < modelStarts.Count ? modelStarts[part] : modelStarts.Count > 0 && modelStarts[^1];
            if (upper)
            {
                chars[start] = Model.TextCase.ToUpper(chars[start]);
            }

            part++;
        }

        return new string(chars);
    }

    private static IEnumerable<int> PartStarts(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (i == 0 || word[i - 1] == '-')
            {
                yield return i;
            }
        }
    }
}
