using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Tells which single-byte Cyrillic code page a file that is not UTF-8 was written in:
/// Windows-1251, KOI8-R, IBM866 (DOS) or ISO-8859-5. Each is tried on the whole file; it is a
/// candidate when nearly every byte above 0x7F becomes a Russian letter or Russian punctuation,
/// not glued to Latin letters (Latin-1 «café» is refused). Candidates are ranked by how common
/// their letters are in Russian and by case: a wrong code page turns «Москва» into words with
/// capitals inside («мПУЛЧБ») and rare letters. Windows-1251 wins near ties.
/// </summary>
internal static class CyrillicCodePages
{
    private static readonly (string Name, int CodePage)[] Candidates =
    [
        ("windows-1251", 1251), ("koi8-r", 20866), ("ibm866", 866), ("iso-8859-5", 28595),
    ];

    // Letter frequencies of Russian text, per cent (а..я, then ё).
    private static readonly double[] Frequency =
    [
        8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81,
        4.73, 5.47, 6.26, 2.62, 0.26, 0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64, 2.01,
    ];

    private const string Punctuation = "«»–—№…„“”‘’\u00A0•";

    private static readonly Lazy<char[][]> Tables = new(() => Candidates
        .Select(c => Encoding.GetEncoding(c.CodePage).GetChars(Enumerable.Range(0x80, 0x80).Select(b => (byte)b).ToArray()))
        .ToArray());

    /// <summary>The code page the bytes are most likely in, or null when none fits.</summary>
    public static (string Name, int CodePage)? Detect(ReadOnlySpan<byte> bytes)
    {
        var scores = new double[Candidates.Length];
        for (var k = 0; k < Candidates.Length; k++)
        {
            scores[k] = Score(bytes, Tables.Value[k]);
        }

        var best = Array.IndexOf(scores, scores.Max());
        if (scores[best] <= 0)
        {
            return null;
        }

        // Windows-1251, by far the most common, is kept unless another is clearly better.
        return scores[0] > 0 && scores[best] < scores[0] * 1.1 ? Candidates[0] : Candidates[best];
    }

    /// <summary>0 when the code page does not fit; otherwise larger for more Russian-looking text.</summary>
    private static double Score(ReadOnlySpan<byte> bytes, char[] table)
    {
        int high = 0, letters = 0, punctuation = 0, glued = 0, caseBreaks = 0;
        double frequency = 0;
        var previous = ' ';
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b < 0x80 ? (char)b : table[b - 0x80];
            if (b >= 0x80)
            {
                high++;
                if (IsRussianLetter(c))
                {
                    letters++;
                    frequency += Frequency[Index(c)];
                    if ((i > 0 && char.IsAsciiLetter((char)bytes[i - 1])) || (i + 1 < bytes.Length && char.IsAsciiLetter((char)bytes[i + 1])))
                    {
                        glued++;
                    }

                    if (char.IsUpper(c) && IsRussianLetter(previous) && char.IsLower(previous))
                    {
                        caseBreaks++;
                    }
                }
                else if (Punctuation.Contains(c, StringComparison.Ordinal))
                {
                    punctuation++;
                }
            }

            previous = c;
        }

        if (letters == 0 || (letters + punctuation) * 10 < high * 9 || glued * 10 >= letters)
        {
            return 0;
        }

        return frequency / letters * Math.Max(0.05, 1 - (3.0 * caseBreaks / letters));
    }

    private static bool IsRussianLetter(char c) => c is (>= 'А' and <= 'я') or 'Ё' or 'ё';

    private static int Index(char c) => c switch
    {
        'Ё' or 'ё' => 5, // as е
        >= 'а' => c - 'а',
        _ => c - 'А',
    };
}
