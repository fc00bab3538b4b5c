package org.secretomecheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SHA-256 of the tool's own compiled code, which reports name beside the version: a version
 * stays the same across builds whose code differs, the digest does not. It is taken over the
 * bytes of every class file under {@code org/secretomecheck/}, one after the other in the order
 * of their paths (compared as text, as {@code LC_ALL=C sort} orders them), so that anyone can
 * recompute it from the jar:
 *
 * <pre>for f in $(unzip -Z1 secretome-check.jar 'org/secretomecheck/*.class' | LC_ALL=C sort); do
 *   unzip -p secretome-check.jar "$f"; done | sha256sum</pre>
 *
 * <p>The build runs {@link #main} after compiling, and it adds the line {@code code.sha256=...}
 * to {@code secretome-check.properties} among the classes. The libraries the tool is built with
 * are not in it: the version's {@code pom.xml} fixes them.
 */
public final class CodeDigest {

    static final String PROPERTY = "code.sha256";

    private CodeDigest() {}

    /** {@code args[0]}: the directory of compiled classes, which holds {@code secretome-check.properties}. */
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path classes = Path.of(args[0]);
        String digest = of(classes);
        Path properties = classes.resolve("secretome-check.properties");
        String kept = Files.readAllLines(properties, StandardCharsets.ISO_8859_1).stream()
                .filter(line -> !line.startsWith(PROPERTY + "="))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(properties, kept + PROPERTY + "=" + digest + "\n", StandardCharsets.ISO_8859_1);
    }

    /** The digest of the class files under {@code org/secretomecheck/} of {@code classes}. */
    static String of(Path classes) throws IOException, NoSuchAlgorithmException {
        Path root = classes.resolve("org/secretomecheck");
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String name : names) {
            sha256.update(Files.readAllBytes(classes.resolve(name)));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
