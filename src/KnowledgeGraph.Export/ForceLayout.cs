namespace KnowledgeGraph.Export;

/// <summary>Node positions, index for index with the graph's nodes.</summary>
internal sealed record Layout(double[] X, double[] Y);

/// <summary>
/// Fruchterman–Reingold force-directed layout: repulsion k²/d between all nodes, approximated with a
/// Barnes–Hut quadtree (about n log n a step), attraction d²/k along links, a weak pull of constant
/// strength to the centre that keeps separate components together, and linear cooling.
/// Deterministic: nodes start on a sunflower spiral in breadth-first order (neighbours start close), with
/// a small jitter from a seeded generator.
/// </summary>
internal static class ForceLayout
{

    public const double IdealLength = 60;

    /// <summary>The drawn radius of a node of <paramref name="degree"/> links (the page draws it this size).</summary>
    public static double Radius(int degree) => 4 + (2.2 * Math.Sqrt(degree));

    public static Layout Compute(int count, IReadOnlyList<(int Source, int Target)> links, int seed = 1, int? iterations = null)
    {
        var x = new double[count];
        var y = new double[count];
        if (count == 0)
        {
            return new Layout(x, y);
        }

        var neighbours = Neighbours(count, links);
        Start(x, y, neighbours, seed);
        var steps = iterations ?? (count <= 500 ? 400 : 250);
        const double k = IdealLength;
        // A pull of constant strength to the centre: it keeps components together without crushing the middle.
        const double gravity = 2.0;
        var t0 = Math.Max(3 * k, 0.1 * k * Math.Sqrt(count));
        var dx = new double[count];
        var dy = new double[count];
        var tree = new QuadTree();
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            tree.Build(x, y);
            for (var i = 0; i < count; i++)
            {
                tree.Repel(i, x, y, dx, dy, k);
            }

            foreach (var (s, t) in links)
            {
                if (s == t)
                {
                    continue;
                }

                var ex = x[s] - x[t];
                var ey = y[s] - y[t];
                var d = Math.Max(Math.Sqrt((ex * ex) + (ey * ey)), 0.01);
                var f = d / k;
                dx[s] -= ex * f;
                dy[s] -= ey * f;
                dx[t] += ex * f;
                dy[t] += ey * f;
            }

            var temperature = t0 * (1 - ((double)step / steps)) + 0.5;
            for (var i = 0; i < count; i++)
            {
                var r = Math.Sqrt((x[i] * x[i]) + (y[i] * y[i]));
                if (r > k)
                {
                    dx[i] -= gravity * x[i] / r;
                    dy[i] -= gravity * y[i] / r;
                }

                var d = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (d > 0)
                {
                    var move = Math.Min(d, temperature) / d;
                    x[i] += dx[i] * move;
                    y[i] += dy[i] * move;
                }
            }
        }

        var radius = neighbours.Select(n => Radius(n.Count)).ToArray();
        Separate(x, y, radius);
        return new Layout(x, y);
    }

    /// <summary>
    /// Pushes apart, a few rounds, every two nodes whose circles (plus a gap) overlap; pairs are found by
    /// sorting on x, so only nodes closer in x than the largest reach are compared.
    /// </summary>
    private static void Separate(double[] x, double[] y, double[] radius, double gap = 4, int rounds = 30)
    {
        var order = Enumerable.Range(0, x.Length).ToArray();
        var reach = (2 * radius.DefaultIfEmpty(0).Max()) + gap;
        for (var round = 0; round < rounds; round++)
        {
            Array.Sort(order, (a, b) => x[a].CompareTo(x[b]) is var c && c != 0 ? c : a.CompareTo(b));
            var moved = false;
            for (var p = 0; p < order.Length; p++)
            {
                var i = order[p];
                for (var q = p + 1; q < order.Length && x[order[q]] - x[i] < reach; q++)
                {
                    var j = order[q];
                    var ex = x[j] - x[i];
                    var ey = y[j] - y[i];
                    var want = radius[i] + radius[j] + gap;
                    var d = Math.Sqrt((ex * ex) + (ey * ey));
                    if (d >= want)
                    {
                        continue;
                    }

                    if (d < 1e-6)
                    {
                        (ex, ey, d) = (1, 0, 1);
                    }

                    var push = (want - d) / 2 / d;
                    x[i] -= ex * push;
                    y[i] -= ey * push;
                    x[j] += ex * push;
                    y[j] += ey * push;
                    moved = true;
                }
            }

            if (!moved)
            {
                return;
            }
        }
    }

    private static List<int>[] Neighbours(int count, IReadOnlyList<(int Source, int Target)> links)
    {
        var result = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = [];
        }

        foreach (var (s, t) in links)
        {
            result[s].Add(t);
            result[t].Add(s);
        }

        return result;
    }

    /// <summary>Sunflower spiral slots, handed out breadth-first from the best-connected node of each component.</summary>
    private static void Start(double[] x, double[] y, List<int>[] neighbours, int seed)
    {
        var random = new Random(seed);
        var order = new List<int>(x.Length);
        var seen = new bool[x.Length];
        foreach (var root in Enumerable.Range(0, x.Length).OrderByDescending(i => neighbours[i].Count).ThenBy(i => i))
        {
            if (seen[root])
            {
                continue;
            }

            var queue = new Queue<int>([root]);
            seen[root] = true;
            while (queue.TryDequeue(out var n))
            {
                order.Add(n);
                foreach (var m in neighbours[n].Where(m => !seen[m]))
                {
                    seen[m] = true;
                    queue.Enqueue(m);
                }
            }
        }

        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var slot = 0; slot < order.Count; slot++)
        {
            var r = IdealLength * 0.6 * Math.Sqrt(slot + 0.5);
            x[order[slot]] = (r * Math.Cos(slot * golden)) + random.NextDouble() - 0.5;
            y[order[slot]] = (r * Math.Sin(slot * golden)) + random.NextDouble() - 0.5;
        }
    }

    /// <summary>
    /// Barnes–Hut quadtree: a cell far enough away (size / distance &lt; θ) pushes as one body of its total
    /// mass at its centre of mass, so the repulsion of all nodes on one costs about log n.
    /// </summary>
    private sealed class QuadTree
    {
        private const double Theta = 0.8;
        private const int MaxDepth = 40;
        private Cell[] cells = new Cell[64];
        private int used;
        private readonly Stack<int> stack = new();

        private struct Cell
        {
            public double X0, Y0, Size, Mass, Mx, My;
            public int Body, Child0;
        }

        public void Build(double[] x, double[] y)
        {
            used = 0;
            double minX = x.Min(), minY = y.Min();
            var size = Math.Max(Math.Max(x.Max() - minX, y.Max() - minY), 1) * 1.0001;
            Add(new Cell { X0 = minX, Y0 = minY, Size = size, Body = -1, Child0 = -1 });
            for (var i = 0; i < x.Length; i++)
            {
                Insert(0, i, x, y, 0);
            }
        }

        private void Insert(int c, int i, double[] x, double[] y, int depth)
        {
            while (true)
            {
                ref var cell = ref cells[c];
                var empty = cell.Mass == 0;
                cell.Mass++;
                cell.Mx += x[i];
                cell.My += y[i];
                if (empty || depth >= MaxDepth)
                {
                    // An empty leaf takes the body; at the depth limit bodies on one spot share a leaf.
                    cell.Body = empty ? i : cell.Body;
                    return;
                }

                var children = cell.Child0;
                if (children < 0)
                {
                    var (x0, y0, half, moved) = (cell.X0, cell.Y0, cell.Size / 2, cell.Body);
                    cell.Child0 = children = used;
                    cell.Body = -1;
                    for (var q = 0; q < 4; q++)
                    {
                        // Add may grow the array: 'cell' is not used after this loop.
                        Add(new Cell { X0 = x0 + (q % 2 * half), Y0 = y0 + (q / 2 * half), Size = half, Body = -1, Child0 = -1 });
                    }

                    Insert(Quadrant(children, x[moved], y[moved]), moved, x, y, depth + 1);
                }

                c = Quadrant(children, x[i], y[i]);
                depth++;
            }
        }

        /// <summary>The child of the four starting at <paramref name="first"/> (same size, first at top left) that holds (x, y).</summary>
        private int Quadrant(int first, double x, double y)
        {
            ref var nw = ref cells[first];
            return first + (x >= nw.X0 + nw.Size ? 1 : 0) + (y >= nw.Y0 + nw.Size ? 2 : 0);
        }

        private void Add(Cell cell)
        {
            if (used == cells.Length)
            {
                Array.Resize(ref cells, cells.Length * 2);
            }

            cells[used++] = cell;
        }

        /// <summary>Adds the repulsion k²/d (times mass) of every other node on node <paramref name="i"/>.</summary>
        public void Repel(int i, double[] x, double[] y, double[] dx, double[] dy, double k)
        {
            stack.Push(0);
            while (stack.TryPop(out var c))
            {
                ref var cell = ref cells[c];
                if (cell.Mass == 0 || cell.Body == i)
                {
                    continue;
                }

                var ex = x[i] - (cell.Mx / cell.Mass);
                var ey = y[i] - (cell.My / cell.Mass);
                var d2 = (ex * ex) + (ey * ey);
                if (cell.Child0 >= 0 && cell.Size * cell.Size >= Theta * Theta * d2)
                {
                    for (var q = 0; q < 4; q++)
                    {
                        stack.Push(cell.Child0 + q);
                    }

                    continue;
                }

                if (d2 < 1e-4)
                {
                    // Nodes on one spot: push apart along a direction fixed by the indexes.
                    ex = Math.Cos(i + (c * 0.7));
                    ey = Math.Sin(i + (c * 0.7));
                    d2 = 1e-2;
                }

                var f = k * k * cell.Mass / d2;
                dx[i] += ex * f;
                dy[i] += ey * f;
            }
        }
    }
}
