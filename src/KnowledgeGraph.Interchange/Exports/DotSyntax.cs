using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>Quoting for Graphviz DOT, and the names Graphviz itself gives meaning to.</summary>
internal static class DotSyntax
{
    /// <summary>The prefix of a data attribute whose name Graphviz already uses (an edge's <c>weight</c> becomes <c>kg_weight</c>).</summary>
    public const string DataPrefix = "kg_";

    /// <summary>
    /// Graphviz attribute names (https://graphviz.org/doc/info/attrs.html), case-sensitive, plus <c>name</c>, <c>head</c>,
    /// <c>tail</c> and <c>key</c>, which gvpr and <c>dot -Tjson</c> use for the node name and edge ends. A data attribute
    /// with one of these names would change the drawing (weight must be an integer in dot) or shadow the node name.
    /// </summary>
    public static FrozenSet<string> ReservedNames { get; } = new[]
    {
        "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb", "beautify", "bgcolor", "center", "charset",
        "class", "cluster", "clusterrank", "color", "colorscheme", "comment", "compound", "concentrate", "constraint",
        "Damping", "decorate", "defaultdist", "dim", "dimen", "dir", "diredgeconstraints", "distortion", "dpi", "edgehref",
        "edgetarget", "edgetooltip", "edgeURL", "epsilon", "esep", "fillcolor", "fixedsize", "fontcolor", "fontname",
        "fontnames", "fontpath", "fontsize", "forcelabels", "gradientangle", "group", "head_lp", "headclip", "headhref",
        "headlabel", "headport", "headtarget", "headtooltip", "headURL", "height", "href", "id", "image", "imagepath",
        "imagepos", "imagescale", "inputscale", "K", "label", "label_scheme", "labelangle", "labeldistance", "labelfloat",
        "labelfontcolor", "labelfontname", "labelfontsize", "labelhref", "labeljust", "labelloc", "labeltarget",
        "labeltooltip", "labelURL", "landscape", "layer", "layerlistsep", "layers", "layerselect", "layersep", "layout",
        "len", "levels", "levelsgap", "lhead", "lheight", "linelength", "lp", "ltail", "lwidth", "margin", "maxiter",
        "mclimit", "mindist", "minlen", "mode", "model", "newrank", "nodesep", "nojustify", "normalize", "notranslate",
        "nslimit", "nslimit1", "oneblock", "ordering", "orientation", "outputorder", "overlap", "overlap_scaling",
        "overlap_shrink", "pack", "packmode", "pad", "page", "pagedir", "pencolor", "penwidth", "peripheries", "pin",
        "pos", "quadtree", "quantum", "radius", "rank", "rankdir", "ranksep", "ratio", "rects", "regular", "remincross",
        "repulsiveforce", "resolution", "root", "rotate", "rotation", "samehead", "sametail", "samplepoints", "scale",
        "searchsize", "sep", "shape", "shapefile", "showboxes", "sides", "size", "skew", "smoothing", "sortv", "splines",
        "start", "style", "stylesheet", "tail_lp", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget",
        "tailtooltip", "tailURL", "target", "TBbalance", "tooltip", "truecolor", "URL", "vertices", "viewport",
        "voro_margin", "weight", "width", "xdotversion", "xlabel", "xlp", "z",
        "name", "head", "tail", "key",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The DOT attribute name for a data column.</summary>
    public static string AttributeName(string column) => ReservedNames.Contains(column) ? DataPrefix + column : column;

    /// <summary>
    /// A double-quoted DOT string. Quotes and backslashes are escaped (so label escapes such as <c>\N</c> cannot be
    /// injected), line breaks become <c>\n</c>, carriage returns are dropped.
    /// </summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
