using System.Text;
using System.Text.RegularExpressions;

namespace Cigales.Web.Tests.Api;

/// <summary>
/// The rules the services name when they refuse, read from their C# source: every
/// <c>Refusal</c> built (<c>new Refusal(kind, field, rule, message)</c>, and through every helper
/// that passes a rule on to one, such as <c>Refusal.Invalid(field, rule, message)</c> or a local
/// <c>Check(broken, field, rule, message)</c>), and every inconsistency of a final report. A rule
/// written as a literal is read as it is; one built from a helper's parameter
/// (<c>$"{kind}.exists"</c>) is read at each call of the helper. What cannot be read so is
/// reported, so that a new way of naming rules is seen, not skipped.
/// </summary>
public sealed partial class RulesInSource
{
    /// <summary>The projects whose code refuses requests.</summary>
    public static readonly string[] Projects =
        ["Cigales.Clubs", "Cigales.Grants", "Cigales.Events", "Cigales.Finance", "Cigales.SharedKernel", "Cigales.ServiceKit", "Cigales.GrainInterfaces"];

    /// <summary>
    /// Rules passed on from elsewhere, found where they are first named: a refusal rebuilt after it
    /// crossed from a grain, protovalidate's rule (the contract's, read from the contract), a
    /// budget check's refusal turned into an inconsistency.
    /// </summary>
    private static readonly HashSet<string> PassedOn = new(StringComparer.Ordinal) { "Rules[i]", "violation.RuleId", "problem.Rule" };

    /// <summary>Where the rule is the argument at this position: a Refusal's constructor and an inconsistency's.</summary>
    private static readonly (Regex Call, int Position)[] Sinks =
    [
        (new Regex(@"\bnew\s+Refusal\s*\(", RegexOptions.Compiled), 2),
        (new Regex(@"\bnew\s*\(\s*RefusalKind\.", RegexOptions.Compiled), 2),
        (new Regex(@"\bnew\s+Inconsistency\s*\(", RegexOptions.Compiled), 1),
    ];

    private readonly List<SourceFile> _files;
    private readonly Dictionary<string, List<string>> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _unreadable = [];
    private readonly HashSet<(string File, string Method, int Declared, int Position)> _helpers = [];

    private RulesInSource(List<SourceFile> files) => _files = files;

    /// <summary>Each rule with where it is named (file:line).</summary>
    public IReadOnlyDictionary<string, List<string>> Rules => _rules;

    /// <summary>The places where a rule is named in a way this reading does not know.</summary>
    public IReadOnlyList<string> Unreadable => _unreadable;

    public static RulesInSource Read(string repositoryRoot)
    {
        var files = Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(repositoryRoot, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(path => new SourceFile(project, Path.GetRelativePath(repositoryRoot, path), WithoutComments(File.ReadAllText(path)))))
            .ToList();
        var rules = new RulesInSource(files);
        rules.ReadAll();
        return rules;
    }

    private void ReadAll()
    {
        foreach (var file in _files)
        {
            foreach (var (call, position) in Sinks)
            {
                foreach (Match match in call.Matches(file.Text))
                {
                    ReadArgument(file, match.Index, Arguments(file.Text, OpeningOf(file.Text, match)), position);
                }
            }
        }

        // Each helper found while reading may reveal further helpers: read until none is new.
        var read = new HashSet<(string, string, int, int)>();
        while (_helpers.Except(read).ToList() is { Count: > 0 } helpers)
        {
            foreach (var helper in helpers)
            {
                read.Add(helper);
                ReadCallsOf(helper);
            }
        }
    }

    private void ReadCallsOf((string File, string Method, int Declared, int Position) helper)
    {
        var declaring = _files.First(file => file.Path == helper.File);
        // A helper is called from its project (a partial class spans files), or, qualified by its
        // type (Refusal.Invalid), from anywhere.
        var declaration = DeclarationsOf(declaring.Text).First(declaration => declaration.Index == helper.Declared);
        var type = TypeAt(declaring.Text, declaration.Index);
        var unqualified = new Regex($@"(?<![\w.])(?<!\bnew\s){Regex.Escape(helper.Method)}\s*\(");
        // A local function is called from its own file only; a method from its project.
        var lineStart = declaring.Text.LastIndexOf('\n', declaration.Index) + 1;
        var local = !Modifier().IsMatch(declaring.Text[lineStart..declaration.Index]);
        var qualified = new Regex($@"\b{Regex.Escape(type)}\.{Regex.Escape(helper.Method)}\s*\(");
        foreach (var file in _files)
        {
            var declarations = DeclarationsOf(file.Text).Select(declaration => declaration.Index).ToHashSet();
            var reaches = local ? file.Path == declaring.Path : file.Project == declaring.Project;
            var calls = (reaches ? unqualified.Matches(file.Text).Cast<Match>() : [])
                .Concat(qualified.Matches(file.Text).Cast<Match>())
                .Where(call => !declarations.Contains(call.Index));
            foreach (var call in calls)
            {
                ReadArgument(file, call.Index, Arguments(file.Text, OpeningOf(file.Text, call)), helper.Position);
            }
        }
    }

    private void ReadArgument(SourceFile file, int at, IReadOnlyList<string> arguments, int position)
    {
        var where = $"{file.Path}:{file.Text[..at].Count(character => character == '\n') + 1}";
        if (position >= arguments.Count)
        {
            _unreadable.Add($"{where}: {arguments.Count} arguments");
            return;
        }

        var argument = arguments[position].Trim();
        if (PassedOn.Contains(argument))
        {
            return;
        }

        if (Identifier().IsMatch(argument))
        {
            if (ParameterOfEnclosing(file, at, argument) is { } parameter)
            {
                // The rule comes in through a parameter: the helper's callers name it.
                _helpers.Add((file.Path, parameter.Method, parameter.Declared, parameter.Position));
            }
            else if (Regex.Match(file.Text, $@"\bconst\s+string\s+{Regex.Escape(argument)}\s*=\s*""([^""]*)""") is { Success: true } constant)
            {
                Add(constant.Groups[1].Value, where);
            }
            else
            {
                _unreadable.Add($"{where}: {argument}");
            }

            return;
        }

        if (Interpolated().Match(argument) is { Success: true } interpolated)
        {
            ReadInterpolated(file, at, where, interpolated.Groups[1].Value);
            return;
        }

        var literals = Literal().Matches(argument).Select(literal => literal.Groups[1].Value).ToList();
        if (literals.Count == 0)
        {
            _unreadable.Add($"{where}: {argument}");
            return;
        }

        // A choice between rules (exit ? "money.not_negative" : "money.positive"): each is a rule.
        foreach (var literal in literals)
        {
            Add(literal, where);
        }
    }

    /// <summary>A rule built from a helper's parameter: each caller's value in its place.</summary>
    private void ReadInterpolated(SourceFile file, int at, string where, string template)
    {
        var holes = Hole().Matches(template).Select(hole => hole.Groups[1].Value).Distinct().ToList();
        if (holes.Count != 1 || ParameterOfEnclosing(file, at, holes[0]) is not { } parameter)
        {
            _unreadable.Add($"{where}: $\"{template}\"");
            return;
        }

        var call = new Regex($@"(?<![\w.]){Regex.Escape(parameter.Method)}\s*\(");
        var found = false;
        foreach (var other in _files.Where(other => other.Project == file.Project))
        {
            foreach (Match match in call.Matches(other.Text))
            {
                if (IsDeclaration(other.Text, match))
                {
                    continue;
                }

                var arguments = Arguments(other.Text, OpeningOf(other.Text, match));
                var callWhere = $"{other.Path}:{other.Text[..match.Index].Count(character => character == '\n') + 1}";
                if (parameter.Position < arguments.Count && Literal().Match(arguments[parameter.Position].Trim()) is { Success: true } value
                    && value.Value.Length == arguments[parameter.Position].Trim().Length)
                {
                    Add(Hole().Replace(template, value.Groups[1].Value), callWhere);
                    found = true;
                }
                else
                {
                    _unreadable.Add($"{callWhere}: {parameter.Method}(…) for $\"{template}\"");
                }
            }
        }

        if (!found)
        {
            _unreadable.Add($"{where}: $\"{template}\", never called");
        }
    }

    private void Add(string rule, string where)
    {
        if (!_rules.TryGetValue(rule, out var places))
        {
            _rules[rule] = places = [];
        }

        places.Add(where);
    }

    /// <summary>The nearest method or local function before this point that has a text parameter of that name.</summary>
    private static (string Method, int Declared, int Position)? ParameterOfEnclosing(SourceFile file, int at, string name)
    {
        foreach (var declaration in DeclarationsOf(file.Text).Where(declaration => declaration.Index < at).Reverse())
        {
            var position = declaration.Parameters.FindIndex(parameter => Regex.IsMatch(parameter, $@"^\s*string\??\s+{Regex.Escape(name)}\b"));
            if (position >= 0)
            {
                return (declaration.Name, declaration.Index, position);
            }
        }

        return null;
    }

    private static List<(string Name, int Index, List<string> Parameters)> DeclarationsOf(string text) =>
        [.. Declaration().Matches(text).Cast<Match>()
            .Where(match => !Keywords.Contains(match.Groups["before"].Value))
            .Select(match => (match.Groups["name"].Value, match.Groups["name"].Index, Split(match.Groups["parameters"].Value, generics: true)))];

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "while", "for", "foreach", "switch", "catch", "using", "lock", "return", "new", "await", "when", "nameof", "throw", "else", "in", "is",
    };

    private static bool IsDeclaration(string text, Match call) =>
        DeclarationsOf(text).Any(declaration => declaration.Index == call.Index);

    private static string TypeAt(string text, int at) =>
        TypeDeclaration().Matches(text[..at]).Cast<Match>().LastOrDefault()?.Groups[1].Value ?? string.Empty;

    private static int OpeningOf(string text, Match call) => text.IndexOf('(', call.Index);

    /// <summary>The arguments of the call whose opening parenthesis is at this index, split at its own commas.</summary>
    private static List<string> Arguments(string text, int opening)
    {
        var depth = 0;
        for (var index = opening; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '"':
                    index = EndOfString(text, index);
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth == 0)
                    {
                        return Split(text[(opening + 1)..index], generics: false);
                    }

                    break;
            }
        }

        return [];
    }

    /// <param name="generics">Whether angle brackets enclose (a parameter list's types), or compare (a call's arguments).</param>
    private static List<string> Split(string list, bool generics)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var index = 0; index < list.Length; index++)
        {
            switch (list[index])
            {
                case '"':
                    index = EndOfString(list, index);
                    break;
                case '(' or '[' or '{':
                case '<' when generics:
                    depth++;
                    break;
                case ')' or ']' or '}':
                case '>' when generics:
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(list[start..index]);
                    start = index + 1;
                    break;
            }
        }

        if (list.Trim().Length > 0)
        {
            parts.Add(list[start..]);
        }

        return parts;
    }

    /// <summary>The index of the quote closing the string that opens at this index (verbatim and interpolated strings too).</summary>
    private static int EndOfString(string text, int opening)
    {
        var verbatim = opening > 0 && text[opening - 1] == '@' || opening > 1 && text[opening - 2] == '@';
        var holes = 0;
        for (var index = opening + 1; index < text.Length; index++)
        {
            var character = text[index];
            if (!verbatim && character == '\\')
            {
                index++;
            }
            else if (character == '{')
            {
                holes++;
            }
            else if (character == '}' && holes > 0)
            {
                holes--;
            }
            else if (character == '"' && holes > 0)
            {
                // A string inside an interpolation hole: {(exit ? "a" : "b")}.
                index = EndOfString(text, index);
            }
            else if (character == '"')
            {
                if (verbatim && index + 1 < text.Length && text[index + 1] == '"')
                {
                    index++;
                    continue;
                }

                return index;
            }
        }

        return text.Length - 1;
    }

    /// <summary>The code without its comments, its strings kept (a "//" in a URL stays), its lines in place.</summary>
    private static string WithoutComments(string code)
    {
        var kept = new StringBuilder(code.Length);
        for (var index = 0; index < code.Length; index++)
        {
            if (code[index] == '"')
            {
                var end = EndOfString(code, index);
                kept.Append(code, index, end - index + 1);
                index = end;
            }
            else if (code[index] == '\'' && index + 2 < code.Length)
            {
                // A character literal ('"', '\'', '{'): kept whole so that it opens no string.
                var end = code[index + 1] == '\\' ? code.IndexOf('\'', index + 3) : index + 2;
                kept.Append(code, index, end - index + 1);
                index = end;
            }
            else if (code.AsSpan(index).StartsWith("//"))
            {
                index = code.IndexOf('\n', index) is var newline and >= 0 ? newline - 1 : code.Length;
            }
            else if (code.AsSpan(index).StartsWith("/*"))
            {
                var end = code.IndexOf("*/", index + 2, StringComparison.Ordinal);
                end = end < 0 ? code.Length - 1 : end + 1;
                kept.Append('\n', code[index..(end + 1)].Count(character => character == '\n'));
                index = end;
            }
            else
            {
                kept.Append(code[index]);
            }
        }

        return kept.ToString();
    }

    private sealed record SourceFile(string Project, string Path, string Text);

    [GeneratedRegex(@"^[A-Za-z_][\w.]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\$""(.*)""$", RegexOptions.Singleline)]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"(?<!\$)""([^""\\]*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Hole();

    // A method or local function: a type (or void), its name, its parameters, then its body or arrow.
    [GeneratedRegex(@"(?<before>\b[\w?<>\[\],]+)\s+(?<name>[A-Z]\w*)\s*\((?<parameters>[^()]*)\)\s*(?:where\b[^{=]*)?(?:=>|\{)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b(?:public|private|internal|protected)\b")]
    private static partial Regex Modifier();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(\w+)")]
    private static partial Regex TypeDeclaration();
}
