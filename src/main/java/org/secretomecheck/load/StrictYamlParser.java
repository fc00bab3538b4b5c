package org.secretomecheck.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.secretomecheck.finding.Readable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.Token;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Jackson's YAML parser with these changes for strict reading.
 *
 * <ul>
 *   <li>SnakeYAML reads from a {@link TextStreamReader} (linear time on long tokens).</li>
 *   <li>Scalars are all reported as {@link JsonToken#VALUE_STRING}: Jackson's own YAML 1.1 guesses
 *       (yes/no booleans, hexadecimal, {@code !!binary}) never run. The caller resolves the text
 *       from {@link #currentEvent()}, which also gives the style, the tag and the anchor.</li>
 *   <li>SnakeYAML errors become {@link UnreadableYamlException}s with a one-line message and the
 *       line and column of the problem.</li>
 *   <li>A second document stops reading.</li>
 *   <li>A mapping, sequence or alias in key position is skipped and passed on as a placeholder
 *       key (see {@link #complexKey()}).</li>
 * </ul>
 */
final class StrictYamlParser extends YAMLParser {

    private final TextStreamReader reader;
    private final LoaderOptions options;
    private final int maxDepth;
    private int documents;
    private String complexKey;
    private KeyInspector inspector = (event, start) -> { };
    private Event inspected;

    /** @param maxDepth how deep mappings and lists may nest, in skipped keys too */
    StrictYamlParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
            ObjectCodec codec, int[] codePoints, int maxDepth) {
        this(context, parserFeatures, yamlFeatures, options, codec, new TextStreamReader(codePoints), maxDepth);
    }

    private StrictYamlParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
            ObjectCodec codec, TextStreamReader reader, int maxDepth) {
        super(context, parserFeatures, yamlFeatures, codec, Reader.nullReader(), new ParserImpl(reader, options));
        this.reader = reader;
        this.options = options;
        this.maxDepth = maxDepth;
    }

    /**
     * The SnakeYAML event of the current token (the key's scalar for a field name), or, while a
     * skipped key is inspected, the key's event being inspected.
     */
    Event currentEvent() {
        return inspected != null ? inspected : _lastEvent;
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = nextEvent();
        if (event instanceof DocumentStartEvent && ++documents > 1) {
            Mark mark = event.getStartMark();
            throw new UnreadableYamlException("the file holds more than one YAML document", "",
                    mark.getLine() + 1, mark.getColumn() + 1);
        }
        complexKey = null;
        if (inKeyPosition() && !(event instanceof ScalarEvent) && !(event instanceof MappingEndEvent)) {
            return placeholderKey(event);
        }
        return event;
    }

    private Event nextEvent() throws IOException {
        try {
            return super.getEvent();
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, options);
        } catch (YAMLException e) {
            // Some scanner errors carry no mark ("A simple key is required only if it is the first
            // token in the current line"): locate them where the scanner stopped.
            throw new UnreadableYamlException("YAML syntax error: " + Messages.oneLine(e.getMessage()), "",
                    reader.getLine() + 1, reader.getColumn() + 1);
        }
    }

    /**
     * What the current key really was, when it was a mapping, a list or an alias ("a list"), or
     * null for a plain key. Such a key is passed on as a placeholder scalar key, so that the caller
     * can report it and read on.
     */
    String complexKey() {
        return complexKey;
    }

    /** Looks at each event of a skipped key, so that it is held to the rules of every node. */
    interface KeyInspector {
        /** @param start true for the event that starts the key (the key itself) */
        void inspect(Event event, boolean start) throws IOException;
    }

    /** Sets what looks at the events of skipped keys (by default nothing does). */
    void inspectKeysWith(KeyInspector inspector) {
        this.inspector = inspector;
    }

    /** Skips the key node that starts with {@code start} and stands in a placeholder scalar for it. */
    private Event placeholderKey(Event start) throws IOException {
        int depth = 0;
        for (Event next = start; next != null; next = nextEvent()) {
            if (!(next instanceof CollectionEndEvent)) {
                inspected = next; // the current event while it is inspected, so problems are placed at it
                try {
                    inspector.inspect(next, next == start);
                } finally {
                    inspected = null;
                }
            }
            if (next instanceof CollectionStartEvent && ++depth + _parsingContext.getNestingDepth() > maxDepth) {
                // the limit holds inside keys too: SnakeYAML's scanner slows down with every level
                Mark mark = next.getStartMark();
                throw new UnreadableYamlException("mappings and lists are nested more than " + maxDepth
                        + " levels deep", "", mark.getLine() + 1, mark.getColumn() + 1);
            } else if (next instanceof CollectionEndEvent) {
                depth--;
            }
            if (depth == 0) {
                break;
            }
        }
        complexKey = describe(start);
        return new ScalarEvent(null, null, new ImplicitTuple(true, false), PLACEHOLDER_KEY,
                start.getStartMark(), start.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }

    /** A line, after the first, of a quoted value that reads as a key of the file: {@code   version: }. */
    private static final Pattern SWALLOWED_KEY = Pattern.compile("[\\n\\r][ \\t]*[^\\s#\"'][^:\\n\\r]*:( |\\t|$)",
            Pattern.MULTILINE);

    /** The name of placeholder keys; the tree builder drops them, so it never reaches a document. */
    private static final String PLACEHOLDER_KEY = "(complex key)";

    /** Every scalar is text here; see the class comment. */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
        _textValue = scalar.getValue();
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
    }

    private boolean inKeyPosition() {
        return _parsingContext.inObject() && _currToken != JsonToken.FIELD_NAME;
    }

    private static String describe(Event event) {
        if (event instanceof MappingStartEvent) {
            return "a mapping";
        }
        if (event instanceof SequenceStartEvent) {
            return "a list";
        }
        if (event instanceof AliasEvent alias) {
            return "an alias (*" + Messages.shorten(alias.getAnchor()) + ")";
        }
        return "this";
    }

    /** The text from {@code mark} to a comment or the end of its line, without the spaces at its end. */
    static String restOfLine(Mark mark) {
        return restOfLine(mark.getBuffer(), mark.getPointer(), false);
    }

    /**
     * The header of the block scalar whose event starts at {@code mark}: from its {@code >} or
     * {@code |}, after any tag or anchor, to a comment or the end of the line.
     */
    static String blockHeader(Mark mark) {
        int[] text = mark.getBuffer();
        int start = mark.getPointer();
        while (start < text.length && text[start] != '>' && text[start] != '|') {
            start++;
        }
        return restOfLine(text, start, false);
    }

    /**
     * The text from {@code start} to a comment or the end of its line (in a flow collection also to
     * a {@code ,}, {@code ]} or {@code }}), without the spaces at its end.
     */
    private static String restOfLine(int[] text, int start, boolean flow) {
        int end = start;
        while (end < text.length && text[end] != '\n' && text[end] != '\r'
                && !(flow && (text[end] == ',' || text[end] == ']' || text[end] == '}'))
                && !(text[end] == '#' && end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))) {
            end++;
        }
        return new String(text, start, end - start).stripTrailing();
    }

    /**
     * Whether the parser stopped at the {@code :} after a key of more than 1,024 characters, the
     * most SnakeYAML reads as a key: it then reports no key at all ("could not find expected ':'",
     * "mapping values are not allowed here", "expected ',' or '}'"), wherever the key stands.
     */
    private static boolean longKeyBefore(Mark stop) {
        if (stop == null || stop.getBuffer() == null) {
            return false;
        }
        int[] text = stop.getBuffer();
        int colon = stop.getPointer();
        while (colon < text.length && (text[colon] == ' ' || text[colon] == '\t')) {
            colon++;
        }
        if (colon >= text.length || text[colon] != ':') {
            return false;
        }
        int start = colon;
        while (start > 0 && "\n\r{,:".indexOf(text[start - 1]) < 0) {
            start--;
        }
        while (start < colon && (text[start] == ' ' || text[start] == '\t'
                || (text[start] == '-' || text[start] == '?') && start + 1 < colon && text[start + 1] == ' ')) {
            start++; // indentation and the "- " or "? " before a key are not the key
        }
        return colon - start > 1024;
    }

    /**
     * Where the quoted value starts that ends on the line of the parser's error {@code found}, after
     * running on over lines that read as keys of the file; null if the value before the error is no
     * such one. A quote left open mid-file is closed by the next quote of the file, and the parser
     * fails just after it, lines below the mistake. SnakeYAML's scanner reads the text again up to
     * the error to find that value (only when a file has a syntax error), through the same reader
     * and limits as the parser.
     */
    private static Mark quoteRunOn(Mark found, LoaderOptions options) {
        if (found == null || found.getBuffer() == null) {
            return null;
        }
        int[] text = found.getBuffer();
        ScannerImpl scanner = new ScannerImpl(new TextStreamReader(text), options);
        ScalarToken last = null;
        try {
            while (scanner.checkToken()) {
                Token token = scanner.getToken();
                if (token.getStartMark().getIndex() >= found.getIndex()) {
                    break;
                }
                if (token instanceof ScalarToken scalar) {
                    last = scalar;
                }
            }
        } catch (YAMLException e) {
            // the scanner's own error lies beyond the parser's; what was scanned before it stands
        }
        boolean quoted = last != null && (last.getStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || last.getStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED);
        if (!quoted || last.getStartMark().getLine() == last.getEndMark().getLine()
                || last.getEndMark().getLine() != found.getLine()) {
            return null;
        }
        int start = last.getStartMark().getIndex();
        String swallowed = new String(text, start, last.getEndMark().getIndex() - start);
        return SWALLOWED_KEY.matcher(swallowed).find() ? last.getStartMark() : null;
    }

    /** Where the line that holds the code point at {@code pointer} of {@code text} starts. */
    private static int lineStart(int[] text, int pointer) {
        int start = pointer;
        while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') {
            start--;
        }
        return start;
    }

    /**
     * What is wrong with the tab at {@code mark}, where SnakeYAML wanted a token. YAML indents with
     * spaces only. Within a line YAML allows tabs as space, but SnakeYAML, the parser under Jackson,
     * takes only spaces where a token starts: before a value, after a {@code -} or a comma of a flow
     * collection, before a comment after a quoted value. Either way the fix is a space.
     */
    private static String tab(Mark mark) {
        int[] text = mark.getBuffer();
        int lineStart = lineStart(text, mark.getPointer());
        String before = new String(text, lineStart, mark.getPointer() - lineStart).strip();
        if (before.isEmpty()) {
            return "a tab in the indentation of line " + (mark.getLine() + 1) + "; YAML indents with spaces only: replace"
                    + " the tab with spaces";
        }
        int next = mark.getPointer();
        while (next < text.length && (text[next] == '\t' || text[next] == ' ')) {
            next++;
        }
        String where = next < text.length && text[next] == '#' ? "a tab before the comment"
                : "a tab after " + Messages.quote(before.substring(before.lastIndexOf(' ') + 1));
        return where + " on line " + (mark.getLine() + 1) + "; the YAML reader takes no tab there: replace it with a space";
    }

    /**
     * What most likely went wrong, for the errors that a mistake of layout makes: a value holding
     * {@code ": "} unquoted, a key indented out of line with the keys of its mapping, a quote never
     * closed. "" when there is no such hint.
     */
    private static String layoutHint(String problem, String context, Mark found) {
        if (context.startsWith("while scanning a quoted scalar") && problem.startsWith("found unexpected end of stream")) {
            return "; the quote that opens here is never closed, so the text runs on to the end of the file";
        }
        if (found == null || found.getBuffer() == null) {
            return "";
        }
        int[] text = found.getBuffer();
        int lineStart = lineStart(text, found.getPointer());
        if (problem.equals("mapping values are not allowed here")) {
            String before = new String(text, lineStart, found.getPointer() - lineStart);
            int colon = colonOutsideQuotes(before);
            if (colon >= 0) {
                String key = before.substring(0, colon).strip().replaceFirst("^-\\s+", "");
                String value = before.substring(colon + 2).stripLeading() + restOfLine(text, found.getPointer(), false);
                return "; a value that holds \": \" must be quoted: " + Messages.shorten(key) + ": " + Messages.quote(value);
            }
            String glued = gluedColon(text, previousLine(text, lineStart));
            if (glued != null) { // o2_pct:21 is text, and the text runs on to this line's key
                return glued + " (line " + found.getLine() + "; YAML read it as text running on to line "
                        + (found.getLine() + 1) + ")";
            }
            int above = previousLine(text, lineStart);
            int twoAbove = above < 0 ? -1 : previousLine(text, above);
            if (twoAbove >= 0 && indent(text, above) < indent(text, lineStart) && indent(text, lineStart) == indent(text, twoAbove)) {
                // storage_temp_c moved two spaces left, between keys that are right: the line above is the mistake
                return "; is line " + found.getLine() + " indented less than the keys around it (lines " + (found.getLine() - 1)
                        + " and " + (found.getLine() + 1) + " start in column " + (indent(text, lineStart) + 1) + ")? YAML then"
                        + " reads line " + (found.getLine() + 1) + " as more of that key's value. The keys of one mapping start"
                        + " in the same column";
            }
            return "; is line " + (found.getLine() + 1) + " indented further than the key above it? YAML then reads it as"
                    + " more of that key's value. The keys of one mapping start in the same column";
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'") || problem.startsWith("expected ',' or '}', but got <scalar>")
                || problem.startsWith("expected ',' or ']', but got <scalar>")) {
            String line = new String(text, lineStart, found.getPointer() - lineStart) + restOfLine(text, found.getPointer(), false);
            if (DOUBLED_QUOTE.matcher(line).find()) {
                return "; inside double quotes a quote is written \\\" (or the value is quoted with single quotes), not \"\""
                        + " as in a spreadsheet: \"\" ends one quoted text and starts another";
            }
        }
        if (problem.startsWith("expected <block end>, but found '<block mapping start>'")
                || problem.startsWith("expected <block end>, but found '<block sequence start>'")) {
            return "; is line " + (found.getLine() + 1) + " indented differently from the keys above it? The keys of one"
                    + " mapping start in the same column";
        }
        return "";
    }

    /** "; a key needs a space after its colon: co2_pct: 5" when the line at {@code mark} is such a key, else null. */
    private static String gluedColon(Mark mark) {
        return gluedColon(mark.getBuffer(), lineStart(mark.getBuffer(), mark.getPointer()));
    }

    /**
     * The outermost [ or { of the text in {@code mark}'s buffer that is never closed, as SnakeYAML's
     * own scanner reads the text (quotes, comments, plain and block scalars as YAML has them); null
     * when there is none. For an error found at the end of the file, where the parser names no
     * opener ("while parsing a flow node").
     */
    private static Mark unclosedOpener(Mark mark, LoaderOptions options) {
        java.util.ArrayDeque<Mark> open = new java.util.ArrayDeque<>();
        try {
            Scanner scanner = new ScannerImpl(new StreamReader(new String(mark.getBuffer(), 0, mark.getBuffer().length)), options);
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                if (token.getTokenId() == Token.ID.FlowSequenceStart || token.getTokenId() == Token.ID.FlowMappingStart) {
                    open.push(token.getStartMark());
                } else if ((token.getTokenId() == Token.ID.FlowSequenceEnd || token.getTokenId() == Token.ID.FlowMappingEnd)
                        && !open.isEmpty()) {
                    open.pop();
                }
            }
        } catch (YAMLException e) {
            // the scanner stops where the text stops being YAML: what is open up to there
        }
        return open.isEmpty() ? null : open.getLast();
    }

    /** How many spaces start the line starting at {@code lineStart}. */
    private static int indent(int[] text, int lineStart) {
        int end = lineStart;
        while (end < text.length && text[end] == ' ') {
            end++;
        }
        return end - lineStart;
    }

    /** Where the line before the one starting at {@code lineStart} starts, or -1 on the first line. */
    private static int previousLine(int[] text, int lineStart) {
        if (lineStart == 0) {
            return -1;
        }
        int end = lineStart - 1; // its line break: \n, \r or \r\n
        return lineStart(text, end > 0 && text[end] == '\n' && text[end - 1] == '\r' ? end - 1 : end);
    }

    /** As {@link #gluedColon(Mark)}, for the line starting at {@code start} (none: -1). */
    private static String gluedColon(int[] text, int start) {
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < text.length && text[end] != '\n' && text[end] != '\r') {
            end++;
        }
        String key = Readable.gluedKey(new String(text, start, end - start).strip().replaceFirst("^-\\s+", "")); // "- a:1" too
        return key == null ? null : "; a key needs a space after its colon: " + Messages.shorten(key);
    }

    /** A double quote doubled inside a double-quoted value ({@code "WJ ""serum-free"" CM"}), as spreadsheets write it. */
    private static final Pattern DOUBLED_QUOTE = Pattern.compile("\"[^\"]*(?:\\p{Alnum}\"\"|\"\"\\p{Alnum})");

    /**
     * Where the first {@code ": "} outside quotes starts in {@code line}, or -1. A quote opens a
     * quoted scalar only where a scalar starts (an apostrophe in {@code donor's} does not).
     */
    private static int colonOutsideQuotes(String line) {
        char quote = 0;
        char before = 0; // the last character that is not a space, outside quotes
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++; // an escape in double quotes
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (before == 0 || ":-[{,".indexOf(before) >= 0)) {
                quote = c;
            } else if (c == ':' && line.charAt(i + 1) == ' ') {
                return i;
            }
            if (quote == 0 && c != ' ') {
                before = c;
            }
        }
        return -1;
    }

    /**
     * A SnakeYAML error as a located problem. A scanner error ("while scanning a simple key",
     * "... a quoted scalar") is placed where the token it was scanning starts, which is where the
     * mistake is (a key without its ':', a quote never closed); the scanner stops lines later.
     * Other errors are placed where the parser stopped. A character that looks like a space or a
     * colon but is not one, near the error, is named: it is invisible in most editors.
     */
    private static UnreadableYamlException syntaxError(MarkedYAMLException e, LoaderOptions options) {
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        String problem = Messages.oneLine(e.getProblem());
        Mark tab = e.getProblemMark();
        if (problem.startsWith("found character '\\t(TAB)' that cannot start any token") && tab != null) {
            message.append(tab(tab));
            return new UnreadableYamlException(message.toString(), "", tab.getLine() + 1, tab.getColumn() + 1);
        }
        message.append(problem.isEmpty() ? "the text is not valid YAML" : problem);
        Mark contextMark = e.getContextMark();
        Mark problemMark = e.getProblemMark();
        String context = Messages.oneLine(e.getContext());
        boolean scanning = context.startsWith("while scanning") && contextMark != null;
        Mark found = problemMark != null ? problemMark : contextMark; // where SnakeYAML found the error
        Mark quote = scanning ? null : quoteRunOn(found, options);
        // a [ or { never closed: the parser stops at the end of the file, a place no editor shows; the mistake is the opener
        boolean unclosed = !scanning && contextMark != null && context.startsWith("while parsing a flow")
                && (problem.endsWith("but got <stream end>") || problem.endsWith("but found '<stream end>'"));
        if (unclosed && contextMark.getIndex() >= contextMark.getBuffer().length - 1) { // "a flow node" at the end: find its [ or {
            Mark opener = unclosedOpener(contextMark, options);
            contextMark = opener != null ? opener : contextMark;
            unclosed = opener != null;
        }
        Mark mark = scanning || unclosed ? contextMark : quote != null ? quote : found; // where the problem is placed
        if (!context.isEmpty()) {
            message.append(" (").append(context);
            if (scanning && problemMark != null && problemMark.getIndex() != contextMark.getIndex()) {
                message.append("; the scanner stopped at line ").append(problemMark.getLine() + 1)
                        .append(", column ").append(problemMark.getColumn() + 1);
            } else if (unclosed) {
                message.append(" that starts here and is not closed before the end of the file");
            } else if (!scanning && contextMark != null) {
                message.append(" that starts at line ").append(contextMark.getLine() + 1)
                        .append(", column ").append(contextMark.getColumn() + 1);
            }
            message.append(')');
        }
        String value = scanning && context.equals("while scanning a block scalar") ? restOfLine(contextMark)
                : problemMark != null && problem.matches("found character '[>|]' that cannot start any token.*")
                        ? restOfLine(problemMark.getBuffer(), problemMark.getPointer(), true) // in a flow collection
                        : null;
        if (value != null) {
            message.append("; a value that starts with > or | begins a block of text in YAML: to write ")
                    .append(Messages.shorten(value)).append(" itself, quote it: ").append(Messages.quote(value));
        }
        if (quote != null) {
            message.append("; the quote that opens here is not closed on its line, so its text runs on to the next")
                    .append(" quote, on line ").append(found.getLine() + 1).append(", where the parser stopped at column ")
                    .append(found.getColumn() + 1).append(": close it where the value ends");
        }
        String glued = scanning && problem.startsWith("could not find expected ':'") ? gluedColon(contextMark) : null;
        if (glued != null) {
            message.append(glued);
        } else if (longKeyBefore(problemMark)) { // the explanation, rather than a guess about the layout
            message.append("; YAML reads at most 1,024 characters as a key, and this one is longer (the format's keys"
                    + " are short names)");
        } else {
            message.append(layoutHint(problem, context, found));
        }
        message.append(Lookalikes.near(mark, found));
        return mark == null ? UnreadableYamlException.ofFile(message.toString())
                : new UnreadableYamlException(message.toString(), "", mark.getLine() + 1, mark.getColumn() + 1);
    }
}
