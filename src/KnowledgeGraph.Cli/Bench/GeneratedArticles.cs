using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>
/// Distinct ~3 KB articles (UTF-8 file size) for throughput measurements, written from sentence templates of our own
/// with invented people. Each article draws its people from a pool that grows with the corpus (so
/// entities recur across articles, as in news) and its countries and cities from short lists of
/// real ones (the hubs every store has). The same index always gives the same article.
/// </summary>
public static class GeneratedArticles
{
    /// <summary>The size of an article file in UTF-8 bytes, about (Cyrillic takes two bytes a letter).</summary>
    public const int TargetBytes = 3000;

    private static readonly string[] GivenNames = ["Арман", "Борислав", "Вадислав", "Гордей", "Данияр", "Еремей", "Жанибек", "Зорислав", "Игнат", "Кирьян", "Ларион", "Мирон", "Нурлан", "Остап", "Пахом", "Радомир", "Святополк", "Тимофей", "Ульян", "Фадей"];
    private static readonly string[] SurnameStems = ["Бор", "Вел", "Гран", "Дуб", "Жар", "Зим", "Крут", "Лис", "Мор", "Нев", "Ост", "Пыл", "Ряб", "Сед", "Тур", "Хол", "Чер", "Шир", "Яр", "Гуд"];
    private static readonly string[] SurnameTails = ["анов", "енков", "ицын", "убов", "арев", "онин", "ышев", "алов"];

    // Nominative, genitive, prepositional.
    private static readonly (string Nom, string Gen, string Prep)[] Countries =
    [
        ("Казахстан", "Казахстана", "Казахстане"), ("Монголия", "Монголии", "Монголии"), ("Германия", "Германии", "Германии"),
        ("Франция", "Франции", "Франции"), ("Китай", "Китая", "Китае"), ("Япония", "Японии", "Японии"), ("Турция", "Турции", "Турции"),
        ("Италия", "Италии", "Италии"), ("Испания", "Испании", "Испании"), ("Польша", "Польши", "Польше"), ("Египет", "Египта", "Египте"),
        ("Индия", "Индии", "Индии"), ("Бразилия", "Бразилии", "Бразилии"), ("Канада", "Канады", "Канаде"), ("Австрия", "Австрии", "Австрии"),
        ("Греция", "Греции", "Греции"), ("Норвегия", "Норвегии", "Норвегии"), ("Финляндия", "Финляндии", "Финляндии"),
    ];

    // Nominative, prepositional, accusative.
    private static readonly (string Nom, string Prep, string Acc)[] Cities =
    [
        ("Астана", "Астане", "Астану"), ("Берлин", "Берлине", "Берлин"), ("Париж", "Париже", "Париж"), ("Рим", "Риме", "Рим"),
        ("Мадрид", "Мадриде", "Мадрид"), ("Варшава", "Варшаве", "Варшаву"), ("Каир", "Каире", "Каир"), ("Оттава", "Оттаве", "Оттаву"),
        ("Вена", "Вене", "Вену"), ("Пекин", "Пекине", "Пекин"), ("Анкара", "Анкаре", "Анкару"), ("Женева", "Женеве", "Женеву"),
    ];

    private static readonly string[] Months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] Topics =
    [
        "торгово-экономического сотрудничества", "транзитных перевозок", "охраны окружающей среды", "развития туризма",
        "научного обмена", "энергетической безопасности", "цифровой экономики", "здравоохранения", "образования", "водных ресурсов",
    ];

    /// <summary>The article number <paramref name="index"/> of a corpus of <paramref name="corpusSize"/> articles.</summary>
    public static SourceArticle Article(int index, int corpusSize)
    {
        var random = new Random(index * 7919 + 17);
        var people = Math.Max(50, corpusSize / 2);
        var host = Countries[random.Next(Countries.Length)];
        var guest = Countries[random.Next(Countries.Length)];
        var city = Cities[random.Next(Cities.Length)];
        var first = Person(random.Next(people));
        var second = Person(random.Next(people));
        var third = Person(random.Next(people));
        var title = $"Министр иностранных дел {guest.Gen} {first.Full} посетил {city.Acc}";
        var sb = new StringBuilder(TargetBytes);
        sb.Append(title).Append("\n\n");
        sb.Append(city.Nom.ToUpperInvariant()).Append(", ").Append(Dateline(index)).Append($". Министр иностранных дел {guest.Gen} {first.Full} совершил официальный визит в {city.Acc}, сообщает пресс-служба Министерства иностранных дел {host.Gen}.\n\n");
        sb.Append($"В ходе визита {first.Initial} встретился с Министром иностранных дел {host.Gen} {second.Instrumental}. Стороны обсудили вопросы {Topics[random.Next(Topics.Length)]} и {Topics[random.Next(Topics.Length)]}.\n\n");
        var paragraph = 0;
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < TargetBytes - 250)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var other = Countries[random.Next(Countries.Length)];
            sb.Append((paragraph++ % 4) switch
            {
                0 => $"Посол {other.Gen} в {host.Prep} {third.Full} высоко оценил усилия {host.Gen} в области {topic}. По итогам переговоров министры подписали соглашение о сотрудничестве.\n\n",
                1 => $"{second.Initial} отметил, что {host.Nom} и {other.Nom} последовательно укрепляют связи в сфере {topic}, а встреча в {city.Prep} открывает новый этап отношений.\n\n",
                2 => $"Заместитель Министра экономики {other.Gen} {Person(random.Next(people)).Full} принял участие в переговорах. Стороны договорились о подготовке совместного проекта в области {topic}.\n\n",
                _ => $"Участники встречи приветствовали инициативу {guest.Gen} о проведении региональной конференции в {city.Prep} в {2027 + (index % 5)} году.\n\n",
            });
        }

        return new SourceArticle { Path = $"gen-{index:D6}.txt", Title = title, Text = sb.ToString(), Source = "bench" };
    }

    /// <summary>Writes <paramref name="count"/> articles as <c>gen-NNNNNN.txt</c> files into <paramref name="folder"/>.</summary>
    public static void WriteCorpus(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var a = Article(i, count);
            File.WriteAllText(Path.Combine(folder, a.Path), a.Text, new UTF8Encoding(false));
        }
    }

    /// <summary>The date of the dateline: a different day for every index (so no two articles have the same text).</summary>
    private static string Dateline(int index)
    {
        var date = new DateOnly(2020, 1, 1).AddDays(index);
        return $"{date.Day} {Months[date.Month - 1]} {date.Year}";
    }

    private static (string Full, string Initial, string Instrumental) Person(int n)
    {
        var given = GivenNames[n % GivenNames.Length];
        var surname = SurnameStems[n / GivenNames.Length % SurnameStems.Length] + SurnameTails[n / (GivenNames.Length * SurnameStems.Length) % SurnameTails.Length]
            + (n >= GivenNames.Length * SurnameStems.Length * SurnameTails.Length ? "ский" : string.Empty);
        var instrumentalSurname = surname.EndsWith("ский", StringComparison.Ordinal) ? surname[..^2] + "им" : surname + "ым";
        var instrumentalGiven = given.EndsWith('й') ? given[..^1] + "ем" : given + "ом";
        return ($"{given} {surname}", $"{given[0]}.{surname}", $"{instrumentalGiven} {instrumentalSurname}");
    }
}
