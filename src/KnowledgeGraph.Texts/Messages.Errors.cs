namespace KnowledgeGraph.Texts;

/// <summary>What kg says when something is wrong: usage mistakes, things not found, failures (each after "error: ").</summary>
public sealed partial class Messages
{
    public string ErrorPrefix => T("error: ", "ошибка: ");

    public string SeeHelp => T("(kg --help lists the verbs, kg VERB --help their options)", "(kg --help перечисляет команды, kg КОМАНДА --help их параметры)");

    public string UnknownOption(string option) => T($"unknown option '{option}'", $"неизвестный параметр '{option}'");

    public string OutOfRange(string option, int min, int max, int value) =>
        T($"{option} must be between {min} and {max}, not {value}", $"{option} должен быть от {min} до {max}, а не {value}");

    public string EmptyName(string argument) =>
        T($"empty name: {argument} must hold at least one letter or digit", $"пустое имя: {argument} должно содержать хотя бы одну букву или цифру");

    public string NoEntityMatches(string name) => T($"no entity matches '{name}'", $"нет сущности, подходящей к '{name}'");

    public string NoArticleWithKey(string key) => T($"no article with key {key}", $"нет статьи с ключом {key}");

    public string ManyArticlesStartWith(int count, string prefix) =>
        T($"{count} articles start with {prefix}: give more of the key", $"ключей статей, начинающихся с {prefix}: {count}; уточните ключ");

    public string SetTakesPair(string pair) => T($"--set takes Section:Key=Value, not '{pair}'", $"--set принимает Раздел:Ключ=Значение, а не '{pair}'");

    public string UnknownLanguage(string choice) => T($"unknown language '{choice}': use en or ru", $"неизвестный язык '{choice}': используйте en или ru");

    public string OutIsAFile(string path) =>
        T($"--out {path} is a file: extract writes a folder of JSON files", $"--out {path} — файл, а extract пишет папку файлов JSON");

    public string OutIsAnInput(string path) =>
        T($"--out {path} is also an input: the JSON files would be read as articles next time", $"--out {path} — одновременно и вход: в следующий раз файлы JSON прочитались бы как статьи");

    public string OutIsAFolder(string path) => T($"--out {path} is a folder: give a file name", $"--out {path} — папка; укажите имя файла");

    public string OutIsTheStore(string path) =>
        T($"--out {path} is the store itself (or one of its files): give another file name", $"--out {path} — само хранилище (или один из его файлов); укажите другое имя файла");

    public string DepthNeedsAround => T("--depth goes with --around NAME", "--depth задаётся вместе с --around ИМЯ");

    public string AroundOrArticle => T("--around and --article cannot be combined: give one of them", "--around и --article нельзя сочетать: укажите что-то одно");

    public string SourceNeo4jNeedsUri => T("--source neo4j needs Neo4j:Uri to be set", "для --source neo4j нужна настройка Neo4j:Uri");

    public string Neo4jNotConfiguredForSync => T(
        "Neo4j is not configured: set Neo4j:Uri (e.g. --set Neo4j:Uri=bolt://localhost:7687, or the environment variable Neo4j__Uri)",
        "Neo4j не настроен: задайте Neo4j:Uri (например --set Neo4j:Uri=bolt://localhost:7687 или переменную окружения Neo4j__Uri)");

    public string InboxIsAFile(string path) =>
        T($"the inbox {path} is a file, not a folder (Ingest:Inbox or --inbox)", $"входящая папка {path} — файл, а не папка (Ingest:Inbox или --inbox)");

    public string NotAValidAddress => T("not a valid address", "неверный адрес");

    public string StoppedAtStoreFault(long stored, long notTried) =>
        T($"stopped at the first article the store could not take; {stored} articles stored before it, {notTried} not tried",
          $"остановлено на первой статье, которую хранилище не смогло принять; до неё сохранено: {stored}, не обработано: {notTried}");

    public string StoppedBeforeTheEnd => T("stopped before the end: run the same command again to finish", "остановлено до конца: запустите ту же команду ещё раз, чтобы закончить");

    public string StoppedBySignal => T("stopped by a signal", "остановлено сигналом");

    public string Configuration(string detail) => T("configuration: ", "настройки: ") + detail;

    public string DiskFull(string detail) => T("disk full: ", "диск заполнен: ") + detail;

    public string InternalError(string type, string detail) => T($"internal error ({type}): {detail}", $"внутренняя ошибка ({type}): {detail}");
}
