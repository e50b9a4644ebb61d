using System.Globalization;

namespace KnowledgeGraph.Bolt;

internal static class ValueConverter
{
    public static T Convert<T>(object? value, string field)
    {
        switch (value)
        {
            case T typed:
                return typed;
            case null when default(T) is null:
                return default!;
            case long or double when IsNumeric(typeof(T)):
                return (T)System.Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
            default:
                throw new InvalidCastException(
                    $"Field '{field}' holds {(value is null ? "null" : value.GetType().Name)}, which cannot be read as {typeof(T).Name}.");
        }
    }

    private static bool IsNumeric(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
            || type == typeof(double) || type == typeof(float) || type == typeof(decimal);
    }
}
