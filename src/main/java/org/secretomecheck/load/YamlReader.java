package org.secretomecheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Objects;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;

/**
 * Reads a protocol file strictly ({@code protocol-format.md} Sections 2.1 and 2.3, Section 7 errors
 * 1 to 4): exactly one YAML document of UTF-8 text, scalars resolved by the YAML 1.2 core schema
 * plus timestamps, only the eight standard tags, and the position of every node by JSON Pointer.
 *
 * <p>An unreadable file (a syntax error, bytes that are not UTF-8 text, zero or several documents,
 * a bad tag, an alias to an undefined anchor, or an {@link InputLimits} limit passed)
 * gives no document and one {@link Problem.Kind#UNREADABLE} problem. A readable file gives its
 * document and a {@link Problem.Kind#STRUCTURE} problem for every anchor, alias, duplicate key and
 * key that is a mapping, a list or an alias.
 *
 * <p>Immutable and safe to share between threads. {@link #read} never throws.
 */
public final class YamlReader {

    private final InputLimits limits;
    private final StrictYamlFactory factory;

    /** A reader that enforces {@code limits}. */
    public YamlReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = StrictYamlFactory.create(limits);
    }

    /** A reader with {@link InputLimits#DEFAULT}. */
    public YamlReader() {
        this(InputLimits.DEFAULT);
    }

    /**
     * Reads {@code content}, the bytes of the file named {@code file} (the name only goes into
     * locations).
     */
    public ReadResult read(String file, byte[] content) {
        String name = file == null ? "" : file;
        try {
            return parse(name, content == null ? new byte[0] : content);
        } catch (UnreadableYamlException e) {
            return ReadResult.unreadable(e.toProblem(name));
        } catch (StreamConstraintsException e) {
            return unreadable(name, "the file passes a reading limit (size, length or nesting depth)", e.getLocation());
        } catch (JsonProcessingException e) {
            return unreadable(name, "the YAML could not be read: " + Messages.oneLine(e.getOriginalMessage()),
                    e.getLocation());
        } catch (IOException | RuntimeException e) {
            return unreadable(name, "the YAML could not be read", null);
        } catch (StackOverflowError e) {
            return unreadable(name, "mappings and lists are nested too deeply to read", null);
        }
    }

    private ReadResult parse(String file, byte[] content) throws IOException {
        if (content.length > limits.maxFileBytes()) {
            throw UnreadableYamlException.ofFile("the file is " + content.length + " bytes long; the limit is "
                    + limits.maxFileBytes() + " bytes");
        }
        try (StrictYamlParser parser = factory.parserFor(TextDecoder.decode(content))) {
            return new TreeBuilder(parser, file, limits).build();
        }
    }

    private static ReadResult unreadable(String file, String message, JsonLocation location) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return ReadResult.unreadable(new Problem(Problem.Kind.UNREADABLE, new Location(file, "", line, column),
                Messages.readable(message)));
    }
}
