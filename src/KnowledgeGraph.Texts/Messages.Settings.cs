namespace KnowledgeGraph.Texts;

/// <summary>What kg says about a wrong setting: keys it does not know, values out of range, a bad Neo4j:Uri or encoding.</summary>
public sealed partial class Messages
{
    public string SettingBetween(string key, string min, string max) => T($"{key} must be between {min} and {max}.", $"{key} должен быть от {min} до {max}.");

    public string SettingPositive(string key) => T($"{key} must be positive.", $"{key} должен быть больше нуля.");

    public string OnePerProcessor => T("0 (one per processor)", "0 (по одному на процессор)");

    public string NoDeadline => T("0 (no deadline)", "0 (без ограничения)");

    public string StorePathRequired => T("Store:Path must name the store file (default kg-data/graph.db).", "Store:Path должен называть файл хранилища (по умолчанию kg-data/graph.db).");

    public string InboxRequired => T("Ingest:Inbox must name the inbox folder (default inbox).", "Ingest:Inbox должен называть входящую папку (по умолчанию inbox).");

    public string UnknownEncoding(string name) =>
        T($"Ingest:Encoding: unknown encoding '{name}' (e.g. utf-8, windows-1251, koi8-r, ibm866, iso-8859-5)",
          $"Ingest:Encoding: неизвестная кодировка '{name}' (например utf-8, windows-1251, koi8-r, ibm866, iso-8859-5)");

    public string UriWithCredentials => T(
        "Neo4j:Uri must not hold a user name or password: give them as Neo4j:User and Neo4j:Password (environment variable Neo4j__Password or user secrets), never inside the URI",
        "Neo4j:Uri не должен содержать имя пользователя или пароль: задайте их как Neo4j:User и Neo4j:Password (переменная окружения Neo4j__Password или секреты пользователя), но не внутри URI");

    public string UriInvalid => T(
        "Neo4j:Uri is not a valid URI: it takes the form scheme://host[:port], with a port from 1 to 65535",
        "Neo4j:Uri — неверный URI: нужен вид схема://хост[:порт], порт от 1 до 65535");

    public string UriNoHost => T("Neo4j:Uri names no host: it takes the form scheme://host[:port]", "в Neo4j:Uri нет хоста: нужен вид схема://хост[:порт]");

    public string UriBadPort => T("Neo4j:Uri has a port outside 1..65535", "в Neo4j:Uri порт вне 1..65535");

    public string ArticleTimeout(string seconds) =>
        T($"extraction took longer than {seconds} s (Extraction:ArticleTimeoutSeconds) and was stopped",
          $"извлечение заняло больше {seconds} с (Extraction:ArticleTimeoutSeconds) и было остановлено");

    public string UnknownKeyInList(string key, string list, string itemKeys) =>
        T($"unknown configuration key '{key}': {list} is a list, each item takes {itemKeys}", $"неизвестный ключ настроек '{key}': {list} — список, каждый элемент принимает {itemKeys}");

    public string UnknownSection(string key, string sections) =>
        T($"unknown configuration key '{key}': the sections are {sections}", $"неизвестный ключ настроек '{key}': разделы: {sections}");

    public string UnknownKey(string key, string section, string keys) =>
        T($"unknown configuration key '{key}': {section} takes {keys}", $"неизвестный ключ настроек '{key}': {section} принимает {keys}");

    public string FromSource(string problem, string origin) => T($"{problem} (from {origin})", $"{problem} (источник: {origin})");

    public string EnvironmentVariable(string name) => T("the environment variable " + name, "переменная окружения " + name);
}
