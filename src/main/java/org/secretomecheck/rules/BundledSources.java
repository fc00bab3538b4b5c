package org.secretomecheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The DRL files of the bundled rules when they are packed in the tool's jar, read through the jar
 * file the class loader has open: the same files, paths and order as a walk of the
 * {@code rules/} directory, without opening the jar as a file system (which reads its whole
 * directory again).
 */
final class BundledSources {

    /** The directory of the bundled rules, as users see it. */
    static final String DIRECTORY = "rules";

    private BundledSources() {}

    /** The bundled DRL files, sorted by path; null when the rules are not inside a jar. */
    static List<DrlSource> fromJar() throws RuleBookException {
        return fromJar(BundledSources.class.getResource("/" + DIRECTORY + "/README.md"));
    }

    /**
     * The DRL files below the {@code rules/} directory of the jar that holds {@code marker}
     * ({@code rules/README.md}), sorted by path; null when {@code marker} is not in a jar.
     */
    static List<DrlSource> fromJar(URL marker) throws RuleBookException {
        if (marker == null || !"jar".equals(marker.getProtocol())) {
            return null;
        }
        try {
            URLConnection connection = marker.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                return null;
            }
            JarFile jar = jarConnection.getJarFile(); // shared with the class loader: not closed here
            List<JarEntry> entries = jar.stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(DIRECTORY + "/")
                            && entry.getName().endsWith(".drl"))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            List<DrlSource> sources = new ArrayList<>();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    sources.add(new DrlSource(entry.getName(), entry.getName().substring(DIRECTORY.length() + 1), text, false));
                }
            }
            if (sources.isEmpty()) {
                throw new RuleBookException(List.of(DIRECTORY + " (bundled): no .drl files found"));
            }
            return sources;
        } catch (IOException e) {
            throw new RuleBookException(List.of(DIRECTORY + " (bundled): cannot read the rules: " + e.getMessage()));
        }
    }
}
