package org.secretomecheck.report;

import java.io.File;
import java.util.StringJoiner;

/** A file as the user named it, written the same however it was typed. */
final class FileNames {

    private FileNames() {}

    /** {@code file} on this system, normalised as {@link #normalised(String, char)} says. */
    static String normalised(String file) {
        return normalised(file, File.separatorChar);
    }

    /**
     * {@code file} with {@code /} between names and without {@code .} and empty segments:
     * {@code .//a} and {@code a/./b//c} are {@code a} and {@code a/b/c}. A backslash separates only
     * where {@code separator} is one (Windows), where a UNC path keeps its leading {@code //}. An
     * absolute path stays absolute; {@code ..} stays, as it names another directory.
     */
    static String normalised(String file, char separator) {
        String path = separator == '\\' ? file.replace('\\', '/') : file;
        boolean unc = separator == '\\' && path.startsWith("//"); // \\server\share\x.yaml
        StringJoiner segments = new StringJoiner("/", unc ? "//" : path.startsWith("/") ? "/" : "", "");
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.toString();
    }
}
