using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Data.Yaml;

/// <summary>
/// Aliases (<c>*name</c>) that do not refer back to a finished anchor (<c>&amp;name</c>). YamlDotNet's loader
/// reports an undefined one at the start of the file, accepts one written before its anchor, and lets an
/// alias inside its own anchor build a node that contains itself: used as a mapping key twice
/// (<c>&amp;a {*a: 1, *a: 2}</c>) that overflowed the stack while hashing and killed the process.
/// </summary>
internal sealed partial class YamlPrescan
{
    /// <summary>YamlDotNet's loader's message for an alias whose anchor does not exist, now placed at the alias.</summary>
    public const string UndefinedAlias = "The anchor '{0}' does not exists";

    /// <summary>The message of an alias written before its anchor (translated by <see cref="YamlMessages"/>).</summary>
    public const string AliasBeforeAnchor = "The alias '{0}' comes before its anchor";

    /// <summary>The message of an alias inside the node its anchor names (translated by <see cref="YamlMessages"/>).</summary>
    public const string AliasInsideAnchor = "The alias '{0}' is inside the node of its anchor";

    private static string Named(string message, string name) => message.Replace("{0}", name, StringComparison.Ordinal);

    /// <summary>Anchors and aliases of the current document, in the order the parser reads them.</summary>
    private sealed class AliasCheck
    {
        private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
        private readonly List<string> _open = [];
        private AnchorAlias? _unresolved;

        public void Open(AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                _open.Add(anchor.Value);
            }
        }

        /// <summary>The node named <paramref name="anchor"/> (if any) is complete: aliases after this point may use it.</summary>
        public void Close(string? anchor)
        {
            if (anchor is null)
            {
                return;
            }

            _open.Remove(anchor);
            _finished.Add(anchor);
        }

        /// <summary>An error if the alias is inside its own anchor's node; an alias to no anchor yet is judged at the document's end.</summary>
        public YamlException? Use(AnchorAlias alias)
        {
            var name = alias.Value.Value;
            if (_finished.Contains(name))
            {
                return null;
            }

            if (_open.Contains(name))
            {
                return new YamlException(alias.Start, alias.End, Named(AliasInsideAnchor, name));
            }

            _unresolved ??= alias;
            return null;
        }

        /// <summary>The first alias whose anchor came later or never; anchors do not reach into the next document.</summary>
        public YamlException? EndDocument()
        {
            var alias = _unresolved;
            var anchoredLater = alias is not null && _finished.Contains(alias.Value.Value);
            _unresolved = null;
            _open.Clear();
            _finished.Clear();
            return alias is null
                ? null
                : new YamlException(alias.Start, alias.End, Named(anchoredLater ? AliasBeforeAnchor : UndefinedAlias, alias.Value.Value));
        }
    }
}
