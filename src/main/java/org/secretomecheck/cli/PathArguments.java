package org.secretomecheck.cli;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.secretomecheck.check.ProtocolFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How options read paths: never an empty one, and a file to write never one that names a directory. */
final class PathArguments {

    private PathArguments() {}

    /** The start of the message for a path that looks like an option, which the command line's error handler words. */
    static final String OPTION_LIKE = "looks like an option: ";

    /**
     * Any path option: refuses "" (an unset variable), which would name the working directory, and
     * a name that starts with - ({@code check --waivers --formt json}: an option mistyped after one
     * that takes a value, not a file named --formt; such a file is written ./--formt).
     */
    static Path path(String text) {
        if (text.isEmpty()) {
            throw new TypeConversionException("an empty path (an unset variable?)");
        }
        if (text.startsWith("-") && text.length() > 1) {
            throw new TypeConversionException(OPTION_LIKE + text);
        }
        if (text.equals("-")) { // the usual name of standard input or output, which no option reads or writes
            throw new TypeConversionException("'-' (standard input or output) is not supported here: give a file"
                    + " (./- for a file named -); a report goes to standard output when --output is left out");
        }
        if (text.indexOf(ProtocolFiles.UNDECODABLE) >= 0) {
            throw new TypeConversionException("'" + text + "': " + ProtocolFiles.UNDECODABLE_BYTES
                    + ": the file would be read or written under another name");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a valid path: " + e.getReason());
        }
    }

    /** A file the tool writes ({@code --output}, {@code --write-baseline}): not a name ending in a separator. */
    static final class FileToWrite implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            if (text.endsWith("/") || text.endsWith(File.separator)) { // Path.of would drop it and write a file
                throw new TypeConversionException("'" + text + "' ends with a separator, so it names a directory;"
                        + " give a file name");
            }
            return path(text);
        }
    }
}
