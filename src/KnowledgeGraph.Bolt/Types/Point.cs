namespace KnowledgeGraph.Bolt;

/// <summary>A spatial point. <see cref="Z"/> is null for 2D points. SRID 7203/4326 are 2D cartesian/WGS-84, 9157/4979 the 3D ones.</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null)
{
    public bool Is3D => Z.HasValue;
}
