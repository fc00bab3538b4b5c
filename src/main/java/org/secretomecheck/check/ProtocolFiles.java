package org.secretomecheck.check;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.rules.RuleBook;

/**
 * Expands the paths a user gives into protocol files: a file as is, a directory recursively into
 * its {@code *.yaml} and {@code *.yml} files (in any case) in path order, following symbolic links
 * and skipping entries whose names start with a dot, and those whose path below the directory
 * matches an exclusion glob ({@code rules/**}). A file named as an argument is always taken.
 * A path that does not exist or cannot be listed, an empty one, and a link that loops back to a
 * directory enclosing it become entries with a problem, in their place in that order, so they are
 * reported rather than skipped; the rest of the directory is still walked. Each file is taken
 * once, under the first name it is met by: a file given twice, or reached through two links, is
 * checked once. {@code -} names standard input (a file named {@code -} is {@code ./-}).
 */
public final class ProtocolFiles {

    /** The argument that names standard input. */
    public static final String STANDARD_INPUT = "-";

    /** The character Java puts in a command-line argument for each byte that is not UTF-8 text. */
    public static final char UNDECODABLE = '\uFFFD';

    /**
     * What a name holding {@link #UNDECODABLE} is: each command says what to do about it. Java
     * decodes the command line by the locale, so under one that is not UTF-8 ({@code LC_ALL=C})
     * a UTF-8 name such as {@code µ.yaml} reads as U+FFFD too: then the locale is named as the cause.
     */
    public static final String UNDECODABLE_BYTES = localeEncoding().equalsIgnoreCase("UTF-8")
            ? "the name holds bytes that are not UTF-8 text, which Java reads as U+FFFD"
            : "the name holds bytes that Java cannot read under the locale's encoding, " + localeEncoding()
                    + ", and reads as U+FFFD (if the name is UTF-8, set LC_ALL=C.UTF-8, as ./secretome-check does)";

    /** The encoding Java decodes file names and arguments with, as the locale sets it. */
    private static String localeEncoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** Why a name holding {@link #UNDECODABLE} is not opened: it may name another file. */
    public static final String UNDECODABLE_NAME = UNDECODABLE_BYTES + " (\uFFFD): opened by that name, another file could answer; name the directory that holds it (a walk"
            + " reads names byte by byte, shown as \\xE9), or rename it";

    /** The name under which standard input is reported. */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /**
     * The file that standard input reads, where the system names it: a protocol redirected from
     * a file ({@code < p.yaml}) must not be overwritten by the run's outputs.
     */
    public static final Path STANDARD_INPUT_FILE = Path.of("/dev/stdin");

    /** The files {@code entries} read: their paths, and {@link #STANDARD_INPUT_FILE} for standard input. */
    public static List<Path> read(List<Entry> entries) {
        List<Path> read = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.path() != null) {
                read.add(entry.path());
            } else if (entry.problem() == null) {
                read.add(STANDARD_INPUT_FILE);
            }
        }
        return read;
    }

    /**
     * A file to check, or a path that could not be expanded ({@code problem} set), or standard
     * input (neither a path nor a problem).
     */
    public record Entry(Path path, String display, Problem problem) {}

    private ProtocolFiles() {}

    /** The entries for {@code arguments}, in argument order. */
    public static List<Entry> expand(List<String> arguments) {
        return expand(arguments, List.of());
    }

    /**
     * The entries for {@code arguments}, in argument order, without the files and directories met
     * in a directory walk whose path below the directory walked matches one of {@code excluded}.
     */
    public static List<Entry> expand(List<String> arguments, List<PathMatcher> excluded) {
        return expand(arguments, excluded, Map.of(), note -> { });
    }

    /**
     * The entries for {@code arguments}, as {@link #expand(List, List)}, and also without the
     * files met in a directory walk that the run reads in another role: {@code readByTheRun} maps
     * such a file (however named: a link to it is the same file) to its role, such as "the baseline
     * (--baseline)". Each file left out so is told to {@code notes}. A file named as an argument
     * is taken as given.
     */
    public static List<Entry> expand(List<String> arguments, List<PathMatcher> excluded, Map<Path, String> readByTheRun,
            Consumer<String> notes) {
        Map<Object, String> roles = new HashMap<>();
        readByTheRun.forEach((file, role) -> {
            if (Files.isRegularFile(file)) {
                roles.putIfAbsent(identity(file, fileKey(file)), role);
            }
        });
        for (String argument : roles.isEmpty() ? List.<String>of() : arguments) { // named as a protocol: taken as given
            try {
                Path named = Path.of(argument);
                if (Files.isRegularFile(named)) {
                    roles.remove(identity(named, fileKey(named)));
                }
            } catch (InvalidPathException e) {
                // reported below
            }
        }
        Walk walk = new Walk(excluded, roles, notes);
        List<Entry> entries = new ArrayList<>();
        Set<Object> seen = new HashSet<>(); // what was taken: file keys (device and inode), or locations
        for (String argument : arguments) {
            if (argument.equals(STANDARD_INPUT)) { // read once, however often it is named
                if (seen.add(STANDARD_INPUT)) {
                    entries.add(new Entry(null, STANDARD_INPUT_NAME, null));
                }
                continue;
            }
            if (argument.isBlank()) {
                entries.add(failed(null, "'" + argument + "'", "an empty path (an unset variable?); give a file or a directory"));
                continue;
            }
            if (argument.indexOf(UNDECODABLE) >= 0) {
                entries.add(failed(null, argument, UNDECODABLE_NAME));
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                entries.add(failed(null, argument, "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                entries.addAll(directory(path, argument, seen, walk));
            } else if (Files.notExists(path)) {
                entries.add(failed(path, argument, missing(argument)));
            } else if (seen.add(identity(path, fileKey(path)))) { // the read reports a file it cannot read
                entries.add(new Entry(path, argument, null));
            }
        }
        return entries;
    }

    /**
     * A matcher of the paths below a walked directory, for {@code --exclude}: the glob syntax of
     * {@link java.nio.file.FileSystem#getPathMatcher} ({@code *}, {@code **}, {@code ?},
     * {@code [a-z]}, {@code {a,b}}).
     *
     * @throws IllegalArgumentException when {@code glob} is not a valid glob
     */
    public static PathMatcher glob(String glob) {
        return java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** What a directory walk leaves out besides hidden files: what {@code --exclude} matches, and the run's other inputs. */
    private record Walk(List<PathMatcher> excluded, Map<Object, String> roles, Consumer<String> notes) {}

    private static List<Entry> directory(Path directory, String argument, Set<Object> seen, Walk walk) {
        List<PathMatcher> excluded = walk.excluded();
        Map<Path, Entry> found = new TreeMap<>(RuleBook.pathOrder());
        Map<Path, Object> keys = new HashMap<>();
        Set<Path> loops = new HashSet<>();
        LeftOut left = new LeftOut();
        Path real = realPath(directory);
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (dir.equals(directory)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (isExcluded(dir)) {
                                left.excludedDirectories++;
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (isHidden(dir)) {
                                left.hiddenDirectories++;
                                if (!dir.getFileName().toString().equals(".git")) { // a repository's own, never a protocol's place
                                    left.hiddenNames.add(display(directory, argument, dir) + "/");
                                }
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path target = Files.isSymbolicLink(dir) ? realPath(dir) : null;
                            if (target != null && real.startsWith(target)) {
                                // a link to a directory that holds the tree (an ancestor, /): no loop the walk sees until
                                // it comes back, after every file around the tree, the whole disk for /
                                found.put(dir, failed(dir, display(directory, argument, dir), "a symbolic link to "
                                        + target + ", which holds the directory walked (a link loop); not followed"));
                                loops.add(dir);
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        private boolean isExcluded(Path path) {
                            Path relative = directory.relativize(path);
                            boolean any = false;
                            for (PathMatcher matcher : excluded) {
                                any |= matcher.matches(relative); // every glob asked, so that each knows whether it matched
                            }
                            return any;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (isProtocolFile(file)) {
                                String role = walk.roles().isEmpty() ? null : walk.roles().get(identity(file, attributes.fileKey()));
                                if (isExcluded(file)) { // first: an exclude that names a hidden file matched it
                                    left.excludedFiles++;
                                } else if (isHidden(file)) {
                                    left.hiddenFiles++;
                                    left.hiddenNames.add(display(directory, argument, file));
                                } else if (role != null) {
                                    left.readByTheRun++;
                                    walk.notes().accept(display(directory, argument, file) + " is " + role
                                            + " of this run, not a protocol; it is not checked");
                                } else {
                                    found.put(file, new Entry(file, display(directory, argument, file), null));
                                    keys.put(file, attributes.fileKey());
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!file.equals(directory) && (isExcluded(file) || isHidden(file))) { // the directory given is reported
                                return FileVisitResult.CONTINUE;
                            }
                            if (e instanceof FileSystemLoopException) {
                                loops.add(file);
                            }
                            if (e instanceof FileSystemLoopException || Files.isDirectory(file)) {
                                found.put(file, failed(file, display(directory, argument, file), cannotWalk(e)));
                            } else if (isProtocolFile(file)) { // the read reports why it cannot be read
                                found.put(file, new Entry(file, display(directory, argument, file), null));
                            } else if (e instanceof AccessDeniedException) { // in a directory listed but not entered
                                Path parent = file.getParent();
                                found.putIfAbsent(parent, failed(parent, display(directory, argument, parent),
                                        "cannot examine the entries of the directory: permission denied"));
                            } else {
                                found.put(file, failed(file, display(directory, argument, file),
                                        "cannot read or list this path: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                found.put(dir, failed(dir, display(directory, argument, dir), cannotWalk(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            found.put(directory, failed(directory, argument, "cannot list the directory: " + e.getMessage()));
        }
        if (found.isEmpty()) {
            return List.of(failed(directory, argument, "the directory holds no .yaml or .yml file" + left));
        }
        if (!left.hiddenNames.isEmpty()) { // not silently: a hidden copy of a protocol is a protocol nobody checked
            List<String> names = left.hiddenNames.stream().sorted().toList(); // not the walk's order, which the file system gives
            walk.notes().accept(names.size() + (names.size() == 1 ? " hidden path" : " hidden paths") + " (the name starts"
                    + " with a dot) not checked: " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "") + "; name one to check it");
        }
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : found.values()) { // in path order, so the name a file is checked under is stable
            Path path = entry.path();
            Object key = entry.problem() == null ? identity(path, keys.get(path))
                    : loops.contains(path) ? itself(path) : realPath(path);
            if (seen.add(key)) { // a file or problem met before is not taken twice
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * What a walk left out: hidden files and directories (names that start with a dot), what
     * {@code --exclude} matched and the files the run reads in another role. For a directory where
     * nothing was left to check, saying only that it holds no protocol file would be false. A
     * directory left out is not walked, so its files are not counted.
     */
    private static final class LeftOut {
        int excludedFiles;
        int excludedDirectories;
        int hiddenFiles;
        int hiddenDirectories;
        int readByTheRun;
        /** The hidden .yaml files and hidden directories (but .git) left out, as reports name them. */
        final List<String> hiddenNames = new ArrayList<>();

        /** "" when nothing was left out, else " to check: 2 .yaml or .yml files excluded, ...". */
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            count(parts, excludedFiles, " .yaml or .yml file", " .yaml or .yml files", " excluded by --exclude");
            count(parts, excludedDirectories, " directory", " directories", " excluded by --exclude, not searched");
            count(parts, hiddenFiles, " hidden .yaml or .yml file", " hidden .yaml or .yml files", " skipped (the name starts with a dot)");
            count(parts, hiddenDirectories, " hidden directory", " hidden directories", " not searched");
            count(parts, readByTheRun, " file", " files", " this run reads as its baseline, waivers or profile");
            return parts.isEmpty() ? "" : " to check: " + String.join(", ", parts);
        }

        private static void count(List<String> parts, int n, String singular, String plural, String what) {
            if (n > 0) {
                parts.add(n + (n == 1 ? singular : plural) + what);
            }
        }
    }

    /** A file by its key (device and inode), or by its location when the key cannot be read. */
    private static Object identity(Path file, Object fileKey) {
        return fileKey != null ? fileKey : itself(file);
    }

    /** A directory by its real path, however it was reached. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return itself(path);
        }
    }

    /** A path by its directory's real location and its own name: one link, however it was reached. */
    private static Path itself(Path path) {
        try {
            return path.getParent() == null ? path.toRealPath() : path.getParent().toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null; // read later, and reported then if it cannot be
        }
    }

    /** Why {@code argument} names nothing, with the path it may have meant if written with Windows' separators. */
    private static String missing(String argument) {
        return "no such file or directory" + (argument.indexOf('\\') >= 0 && File.separatorChar == '/'
                ? "; \\ separates no directories here: write " + argument.replace('\\', '/') : "");
    }

    /** Why a path met in a directory walk was not walked: a link loop, or a directory not listed. */
    private static String cannotWalk(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link that leads back to a directory enclosing it (a link loop); not followed";
        }
        return "cannot list the directory: " + reason(e);
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    }

    /**
     * True for a name that starts with a dot ({@code .git}, {@code .github}, {@code .gitlab-ci.yml}):
     * a walk skips these, as a repository's tooling lives there; named on the command line, they
     * are checked.
     */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isProtocolFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String display(Path directory, String argument, Path file) {
        Path below = directory.relativize(file);
        // names joined by "/" on every platform, as after the argument: a report names a file alike everywhere
        String joined = below.toString().replace(below.getFileSystem().getSeparator(), "/");
        String relative = joined.indexOf('\uFFFD') < 0 ? joined : bytesShown(file, below.getNameCount());
        if (relative.isEmpty()) {
            return argument;
        }
        String base = argument.endsWith("/") || argument.endsWith("\\") ? argument : argument + "/";
        return base + relative;
    }

    /**
     * The last {@code names} names of {@code file}, with each byte that is not part of UTF-8 text
     * shown as {@code \xFF}. Java reads such a byte of a file name as U+FFFD, so that two files
     * whose names differ only there would be shown alike; the URI of the path keeps the bytes.
     */
    private static String bytesShown(Path file, int names) {
        String raw = file.toUri().getRawPath();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes.toByteArray());
        StringBuilder text = new StringBuilder();
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(in.remaining());
        while (in.hasRemaining()) {
            java.nio.charset.CoderResult result = utf8.decode(in, out, true);
            if (result.isError()) {
                out.flip();
                text.append(out);
                out.clear();
                for (int k = 0; k < result.length(); k++) {
                    text.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xFF));
                }
            } else {
                break;
            }
        }
        out.flip();
        text.append(out);
        String[] parts = text.toString().split("/");
        return String.join(file.getFileSystem().getSeparator(),
                java.util.Arrays.copyOfRange(parts, Math.max(0, parts.length - names), parts.length));
    }

    private static Entry failed(Path path, String argument, String message) {
        return new Entry(path, argument, new Problem(Problem.Kind.UNREADABLE, Location.ofFile(argument), message));
    }
}
