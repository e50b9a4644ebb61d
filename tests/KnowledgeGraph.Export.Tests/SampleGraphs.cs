using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Invented graphs for the export tests: a seed-like one, a hostile one and a large generated one.</summary>
internal static class SampleGraphs
{
    public const string Hostile = "</script><script>alert(1)</script>";

    /// <summary>About thirty entities of every label, three articles and forty-odd relationships of many types.</summary>
    public static GraphSnapshot Seed()
    {
        var articles = new[]
        {
            Article("Звонарёв и Куприянова открыли форум речников в Новоозёрске", "Речной вестник"),
            Article("Гильдия картографов Приозерья выпустила новый атлас", "Приозерская правда"),
            Article("Ярмарка в Красном Броде собрала гостей из Северной Тавары", "Речной вестник"),
        };
        var people = new[] { "Аркадий Звонарёв", "Милена Куприянова", "Тихон Ласточкин", "Ярослава Белоус", "Евстафий Горностаев", "Зоя Перелётова", "Прохор Иванцов", "Нинель Сказкина" };
        var orgs = new[] { "Союз речных перевозчиков", "Гильдия картографов Приозерья", "Новоозёрский университет", "Фонд «Тихая гавань»", "Торговый дом «Броды»" };
        var countries = new[] { "Северная Тавара", "Озёрная Республика", "Приозерье" };
        var cities = new[] { "Новоозёрск", "Красный Брод", "Верхние Мостки", "Ладейск" };
        var locations = new[] { "Холм Сорокина", "Озеро Ясное", "Пристань №3" };
        var events = new[] { "Форум речников", "Ярмарка в Красном Броде", "Съезд картографов" };
        var works = new[] { "Атлас Приозерья", "Книга «Путь вдоль реки»", "Доклад о паромах" };

        var entities = new List<StoredEntity>();
        void Add(string label, IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var i = entities.Count;
                var props = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["source"] = "тест" };
                if (label == GraphLabels.Person)
                {
                    props["age"] = 30L + i;
                    props["verified"] = i % 2 == 0;
                }

                if (label == GraphLabels.City)
                {
                    props["population"] = 10_000L * (i + 1);
                    props["area"] = 12.5 + i;
                }

                entities.Add(new StoredEntity
                {
                    Key = EntityKeys.For(label, name),
                    Label = label,
                    Name = name,
                    Aliases = label == GraphLabels.Person ? [name.Split(' ')[1], "г-н " + name.Split(' ')[1]] : [],
                    Properties = props,
                    MentionCount = 1 + (i % 4),
                });
            }
        }

        Add(GraphLabels.Person, people);
        Add(GraphLabels.Organization, orgs);
        Add(GraphLabels.Country, countries);
        Add(GraphLabels.City, cities);
        Add(GraphLabels.Location, locations);
        Add(GraphLabels.Event, events);
        Add(GraphLabels.Work, works);

        string K(string label, string name) => EntityKeys.For(label, name);
        var rels = new List<StoredRelationship>();
        void Rel(string type, string start, string end, int article, string text, double? confidence = 0.9)
        {
            rels.Add(new StoredRelationship
            {
                Type = type,
                Start = start,
                End = end,
                Properties = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["weight"] = rels.Count + 0.5 },
                Evidence = [new StoredEvidence(articles[article].Key, 10 * rels.Count, (10 * rels.Count) + text.Length, text, confidence)],
            });
        }

        string P(int i) => K(GraphLabels.Person, people[i]);
        string O(int i) => K(GraphLabels.Organization, orgs[i]);
        Rel(RelationshipTypes.MetWith, P(0), P(1), 0, "Звонарёв встретился с Куприяновой на открытии форума.");
        Rel(RelationshipTypes.Praised, P(1), P(2), 0, "Куприянова похвалила Ласточкина за «честную работу».");
        Rel(RelationshipTypes.Criticized, P(3), O(0), 0, "Белоус раскритиковала Союз речных перевозчиков.", null);
        Rel(RelationshipTypes.Visited, P(0), K(GraphLabels.City, cities[0]), 0, "Звонарёв посетил Новоозёрск.");
        Rel(RelationshipTypes.ParticipatedIn, P(0), K(GraphLabels.Event, events[0]), 0, "Звонарёв выступил на форуме речников.");
        Rel(RelationshipTypes.ParticipatedIn, P(1), K(GraphLabels.Event, events[0]), 0, "Куприянова приняла участие в форуме.");
        Rel(RelationshipTypes.Organized, O(0), K(GraphLabels.Event, events[0]), 0, "Форум организовал Союз речных перевозчиков.");
        Rel(RelationshipTypes.HeldIn, K(GraphLabels.Event, events[0]), K(GraphLabels.City, cities[0]), 0, "Форум прошёл в Новоозёрске.");
        Rel(RelationshipTypes.AgreedWith, P(2), P(4), 0, "Ласточкин согласился с Горностаевым.");
        Rel(RelationshipTypes.HoldsPosition, P(0), O(0), 0, "Звонарёв — председатель союза.");
        Rel(RelationshipTypes.MemberOf, P(4), O(1), 1, "Горностаев состоит в гильдии картографов.");
        Rel(RelationshipTypes.MemberOf, P(5), O(1), 1, "Перелётова — член гильдии.");
        Rel(RelationshipTypes.AffiliatedWith, O(1), O(2), 1, "Гильдия связана с Новоозёрским университетом.");
        Rel(RelationshipTypes.Represents, P(6), K(GraphLabels.Country, countries[0]), 2, "Иванцов представлял Северную Тавару.");
        Rel(RelationshipTypes.Authored, P(4), K(GraphLabels.Work, works[0]), 1, "Горностаев составил «Атлас Приозерья».");
        Rel(RelationshipTypes.Authored, P(7), K(GraphLabels.Work, works[1]), 1, "Сказкина написала книгу «Путь вдоль реки».");
        Rel(RelationshipTypes.Authored, O(0), K(GraphLabels.Work, works[2]), 0, "Союз подготовил доклад о паромах.");
        Rel(RelationshipTypes.LocatedIn, K(GraphLabels.City, cities[0]), K(GraphLabels.Country, countries[2]), 1, "Новоозёрск расположен в Приозерье.");
        Rel(RelationshipTypes.LocatedIn, K(GraphLabels.City, cities[1]), K(GraphLabels.Country, countries[1]), 2, "Красный Брод — город Озёрной Республики.");
        Rel(RelationshipTypes.LocatedIn, K(GraphLabels.City, cities[2]), K(GraphLabels.Country, countries[2]), 1, "Верхние Мостки лежат в Приозерье.");
        Rel(RelationshipTypes.LocatedIn, K(GraphLabels.Location, locations[0]), K(GraphLabels.City, cities[2]), 1, "Холм Сорокина у Верхних Мостков.");
        Rel(RelationshipTypes.PartOf, K(GraphLabels.Location, locations[2]), K(GraphLabels.City, cities[3]), 2, "Пристань №3 — часть порта Ладейска.");
        Rel(RelationshipTypes.LocatedIn, K(GraphLabels.Location, locations[1]), K(GraphLabels.Country, countries[2]), 1, "Озеро Ясное находится в Приозерье.");
        Rel(RelationshipTypes.HeldIn, K(GraphLabels.Event, events[1]), K(GraphLabels.City, cities[1]), 2, "Ярмарка прошла в Красном Броде.");
        Rel(RelationshipTypes.HeldIn, K(GraphLabels.Event, events[2]), K(GraphLabels.City, cities[3]), 1, "Съезд картографов пройдёт в Ладейске.");
        Rel(RelationshipTypes.Organized, O(4), K(GraphLabels.Event, events[1]), 2, "Ярмарку устроил торговый дом «Броды».");
        Rel(RelationshipTypes.Organized, O(1), K(GraphLabels.Event, events[2]), 1, "Гильдия созывает съезд.");
        Rel(RelationshipTypes.Visited, P(6), K(GraphLabels.City, cities[1]), 2, "Иванцов приехал в Красный Брод.");
        Rel(RelationshipTypes.MetWith, P(6), P(3), 2, "Иванцов и Белоус провели переговоры.");
        Rel(RelationshipTypes.Praised, P(3), O(3), 2, "Белоус поблагодарила фонд «Тихая гавань».");
        Rel(RelationshipTypes.AffiliatedWith, P(7), O(3), 2, "Сказкина сотрудничает с фондом.");

        foreach (var article in articles)
        {
            foreach (var key in rels.Where(r => r.Evidence[0].ArticleKey == article.Key).SelectMany(r => new[] { r.Start, r.End }).Distinct().Take(6).ToList())
            {
                rels.Add(new StoredRelationship { Type = RelationshipTypes.Mentions, Start = article.Key, End = key });
            }
        }

        return new GraphSnapshot { Articles = [.. articles], Entities = entities, Relationships = rels };
    }

    /// <summary>Names, aliases, properties and evidence full of markup, quotes, newlines and characters XML cannot hold.</summary>
    public static GraphSnapshot HostileGraph()
    {
        var article = Article("Статья <b>\"жирная\"</b> & 'кавычки' " + Hostile, "<!-- источник -->");
        var a = new StoredEntity
        {
            Key = "person:zloy-vasya",
            Label = GraphLabels.Person,
            Name = "Вася " + Hostile,
            Aliases = ["<!--", "\"quoted\" & 'single'", "line1\nline2\r\nline3", "{{JS}}{{DATA}}"],
            Properties = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["note"] = "a < b && c > d </SCRIPT >",
                ["ctrl"] = "bell\u0007 and \u2028 separator",
                ["score"] = 2.0,
                ["count"] = 7L,
                ["flag"] = false,
            },
        };
        var b = new StoredEntity { Key = "organization:kontora", Label = GraphLabels.Organization, Name = "Контора «Рога & Копыта»" };
        var rel = new StoredRelationship
        {
            Type = RelationshipTypes.MemberOf,
            Start = a.Key,
            End = b.Key,
            Properties = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["since"] = "<2020>" },
            Evidence = [new StoredEvidence(article.Key, 0, 40, "Он сказал: \"" + Hostile + "\" <!-- и ушёл\n-->", 0.75)],
        };
        var mentions = new StoredRelationship { Type = RelationshipTypes.Mentions, Start = article.Key, End = a.Key };
        var dangling = new StoredRelationship { Type = RelationshipTypes.Visited, Start = a.Key, End = "city:nigde" };
        return new GraphSnapshot { Articles = [article], Entities = [a, b], Relationships = [rel, mentions, dangling] };
    }

    /// <summary>A connected random graph of <paramref name="nodes"/> entities and <paramref name="links"/> links (default about 1.5 per node).</summary>
    public static GraphSnapshot Generated(int nodes, int seed = 7, int? links = null)
    {
        var random = new Random(seed);
        var labels = GraphLabels.All.Where(l => l != GraphLabels.Article).ToArray();
        var types = RelationshipTypes.All.Where(t => t != RelationshipTypes.Mentions).ToArray();
        var entities = Enumerable.Range(0, nodes).Select(i =>
        {
            var label = labels[i % labels.Length];
            return new StoredEntity { Key = $"{label.ToLowerInvariant()}:n{i}", Label = label, Name = $"Узел {i}", Aliases = [$"u{i}"] };
        }).ToList();
        var rels = new List<StoredRelationship>();
        for (var i = 1; i < nodes; i++)
        {
            var j = random.Next(Math.Max(0, i - 40), i);
            rels.Add(new StoredRelationship { Type = types[random.Next(types.Length)], Start = entities[i].Key, End = entities[j].Key });
        }

        var extra = (links ?? (nodes - 1 + (nodes / 2))) - (nodes - 1);
        for (var i = 0; i < extra; i++)
        {
            var s = random.Next(nodes);
            var t = (s + 1 + random.Next(nodes - 1)) % nodes;
            rels.Add(new StoredRelationship { Type = types[random.Next(types.Length)], Start = entities[s].Key, End = entities[t].Key });
        }

        return new GraphSnapshot { Entities = entities, Relationships = rels };
    }

    private static StoredArticle Article(string title, string source) =>
        new(ArticleKeys.FromText(title), title, source, "https://example.invalid/" + ArticleKeys.FromText(title)[^8..], "2031-05-17", "Новоозёрск", "ru", null, "2031-05-18T10:00:00Z");
}
