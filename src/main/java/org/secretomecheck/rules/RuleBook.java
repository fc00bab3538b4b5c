package org.secretomecheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The criteria as compiled rules: every {@code *.drl} file of a rules directory (searched
 * recursively), the KieBase built from them, and the catalogue metadata of each rule.
 */
public final class RuleBook {

    /** The prefix of the IDs of site rules. */
    public static final String SITE_PREFIX = "SITE-";

    /** Catalogue section prefixes in the order of {@code criteria.md}; other prefixes sort after. */
    public static final List<String> SECTIONS = List.of(
            "SRC", "DON", "ID", "EXP", "MED", "FMT", "OXY", "PRI", "CON",
            "CLR", "ISO", "STO", "CHR", "SAF", "DOS", "DOC");

    /** The rules directory; null for the bundled rules read straight from the jar, until asked for. */
    private volatile Path directory;
    private final List<Path> siteDirectories;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final String sha256;
    private final List<DrlSource> sources;

    private RuleBook(Path directory, List<Path> siteDirectories, KieBase kieBase, Map<String, RuleInfo> rules,
            String sha256, List<DrlSource> sources) {
        this.directory = directory;
        this.siteDirectories = List.copyOf(siteDirectories);
        this.kieBase = kieBase;
        this.rules = rules;
        this.sha256 = sha256;
        this.sources = List.copyOf(sources);
    }

    /** Compiles every DRL file under {@code directory}. */
    public static RuleBook load(Path directory) throws RuleBookException {
        return load(directory, List.of());
    }

    /**
     * Compiles every DRL file under {@code directory} together with the site rules under each of
     * {@code siteDirectories}. Site rules must use IDs of their own, starting with
     * {@value #SITE_PREFIX}; an ID that clashes with a catalogue ID or a rule of another directory
     * is an error.
     */
    public static RuleBook load(Path directory, List<Path> siteDirectories) throws RuleBookException {
        List<DrlSource> sources = new ArrayList<>(read(directory, ""));
        List<Path> sites = new ArrayList<>();
        for (int i = 0; i < siteDirectories.size(); i++) {
            Path site = siteDirectories.get(i);
            String prefix = site.normalize() + "/";
            if (!site.isAbsolute() && sources.stream().anyMatch(source -> !source.site() && source.display().startsWith(prefix))) {
                site = Path.of(".").resolve(site); // a site directory named rules/ shows as ./rules/, apart from the bundled rules/
            }
            sites.add(site);
            sources.addAll(read(site, "site" + (i + 1) + "/"));
        }
        List<String> copies = copies(directory, sites, sources);
        if (!copies.isEmpty()) {
            throw new RuleBookException(copies);
        }
        return compiled(directory, sites, sources);
    }

    /**
     * A site directory that is, holds or lies inside the rules directory, and a site file that is
     * a copy of another file of the rule set: said once, rather than as a duplicate of every rule.
     */
    private static List<String> copies(Path directory, List<Path> sites, List<DrlSource> sources) {
        List<String> errors = new ArrayList<>();
        Path rules = realPath(directory);
        for (Path site : sites) {
            Path real = realPath(site);
            if (real != null && rules != null && (real.startsWith(rules) || rules.startsWith(real))) {
                errors.add(site + ": a site directory must lie outside the rules directory " + shown(directory)
                        + " (it is, holds or lies inside it), whose files are read as rules already");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, String> firstWithText = new java.util.HashMap<>();
        for (DrlSource source : sources) {
            String first = firstWithText.putIfAbsent(source.text(), source.display());
            if (first != null && source.site()) {
                errors.add(source.display() + ": the same text as " + first + "; a site directory adds rules of its own"
                        + " (is --site-rules naming a copy of the rules directory?)");
            }
        }
        return errors;
    }

    /** The real path of a directory on the default file system, or null. */
    private static Path realPath(Path path) {
        try {
            return isBundled(path) ? null : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The rule book of {@code sources}, from a cache of compiled rules or compiled now. */
    private static RuleBook compiled(Path directory, List<Path> siteDirectories, List<DrlSource> sources)
            throws RuleBookException {
        String sha256 = sha256(sources);
        KieBase kieBase = CompiledRules.get(sha256, () -> DrlCompiler.compile(sources));
        return book(directory, siteDirectories, sources, sha256, kieBase);
    }

    /**
     * Why the disk cache of compiled rules cannot be used, or null: a rules directory or site
     * rules that are not precompiled are then compiled at every run.
     */
    public static String cacheProblem() {
        return CompiledRules.unusable();
    }

    /** The rules of {@code directory} compiled from DRL, whatever the caches hold (for tests). */
    static RuleBook compileFromDrl(Path directory) throws RuleBookException {
        List<DrlSource> sources = read(directory, "");
        return book(directory, List.of(), sources, sha256(sources), DrlCompiler.compile(sources));
    }

    private static RuleBook book(Path directory, List<Path> siteDirectories, List<DrlSource> sources, String sha256,
            KieBase kieBase) throws RuleBookException {
        Map<String, RuleInfo> rules = RuleMetadata.collect(kieBase, sources);
        SiteRules.check(rules, sources);
        List<String> empty = siteDirectories.stream()
                .filter(site -> rules.values().stream().noneMatch(rule -> Path.of(rule.file()).startsWith(site)))
                .map(site -> site + ": the site rules define no rule (an empty or commented-out .drl file?);"
                        + " a --site-rules directory must add at least one")
                .toList();
        if (!empty.isEmpty()) {
            throw new RuleBookException(empty);
        }
        return new RuleBook(directory, siteDirectories, kieBase, rules, sha256, sources);
    }

    /**
     * The rules bundled with the tool (the {@code rules/} directory packed into the jar). Inside
     * the jar they are read through the jar file that the class loader already holds open, which
     * is quicker than opening the jar as a file system; the result is the same.
     */
    public static RuleBook bundled() throws RuleBookException {
        List<DrlSource> sources = BundledSources.fromJar();
        return sources == null ? load(bundledDirectory()) : compiled(null, List.of(), sources);
    }

    /** Where the bundled rules are: a directory, or a directory inside the tool's jar. */
    public static Path bundledDirectory() {
        URL marker = RuleBook.class.getResource("/rules/README.md");
        if (marker == null) {
            throw new IllegalStateException("the bundled rules are missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled rules", e);
        }
    }

    /** True for the rules inside the tool's jar. */
    private static boolean isBundled(Path path) {
        return path.getFileSystem() != FileSystems.getDefault();
    }

    /** A path for people: as given, or for the rules inside the jar, {@code rules/...}. */
    public static String shown(Path path) {
        String text = path.toString();
        return isBundled(path) && text.startsWith("/") ? text.substring(1) : text;
    }

    /** The DRL files under {@code directory}, sorted by path, in the KIE module under {@code module}. */
    static List<DrlSource> read(Path directory, String module) throws RuleBookException {
        if (!Files.isDirectory(directory)) {
            throw new RuleBookException(List.of(directory + (Files.exists(directory) ? ": not a directory"
                    : Files.isSymbolicLink(directory) ? ": a link to nothing" : ": no such directory")));
        }
        try {
            List<Path> found = files(directory).stream().filter(f -> f.getFileName() != null
                    && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".drl")).toList();
            List<String> refused = new ArrayList<>();
            for (Path file : found) {
                if (!file.toString().endsWith(".drl")) {
                    refused.add(shown(file) + ": rule files are read only when their name ends in .drl (lower case);"
                            + " rename it, or move it out of the rules directory");
                } else if (hidden(directory.relativize(file))) {
                    refused.add(shown(file) + ": a hidden rule file (its name, or a directory above it, starts with a"
                            + " dot), which Drools would not compile; rename it, or move it out of the rules directory");
                }
            }
            if (!refused.isEmpty()) {
                throw new RuleBookException(refused);
            }
            List<DrlSource> sources = new ArrayList<>();
            for (Path file : found) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                sources.add(new DrlSource(shown(file), module + relative, drl(file), !module.isEmpty()));
            }
            if (sources.isEmpty()) {
                throw new RuleBookException(List.of(directory + ": no .drl files found"));
            }
            return sources;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String why = cause instanceof java.nio.file.AccessDeniedException denied ? "permission denied: " + denied.getFile()
                    : cause instanceof java.nio.file.FileSystemException failure && failure.getReason() != null
                            ? failure.getReason() + ": " + failure.getFile()
                            : cause.getMessage();
            throw new RuleBookException(List.of(directory + ": cannot read the rules: " + why));
        }
    }

    /** Whether a path below a rules directory names a hidden file or lies in a hidden directory. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every file under the rules directory {@code directory}, sorted by path, as the rule set, its
     * case files and the check for outputs over inputs all see them: a link given as the directory
     * is followed (its files named below the link); inside it, links to files are read and links to
     * directories are neither walked nor listed.
     */
    public static List<Path> files(Path directory) throws IOException {
        Path walked = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
        try (Stream<Path> files = Files.walk(walked)) {
            return files.filter(f -> !Files.isDirectory(f)) // nor a link to one, which is not walked either
                    .map(f -> walked == directory ? f : directory.resolve(walked.relativize(f).toString()))
                    .sorted(PATH_ORDER).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The order of files wherever the tool lists them (the rule set, whose SHA-256 follows it, and
     * the protocols of a directory): by path with {@code /} between names, compared character by
     * character (Unicode code points, which is the order of the UTF-8 bytes a Linux path has),
     * case included, on every platform. A path's own order is the platform's: on Windows it ignores
     * case and puts {@code \} after the capital letters, so the same files would be listed, and the
     * same rules hashed, in another order there.
     */
    public static Comparator<Path> pathOrder() {
        return PATH_ORDER;
    }

    private static final Comparator<Path> PATH_ORDER = Comparator
            .comparing(RuleBook::slashed, RuleBook::compareCodePoints)
            .thenComparing(Comparator.naturalOrder()); // names Java cannot read as text may look alike

    private static String slashed(Path path) {
        String separator = path.getFileSystem().getSeparator();
        return separator.equals("/") ? path.toString() : path.toString().replace(separator, "/");
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Most bytes of one DRL file. */
    private static final int MAX_DRL_BYTES = 8 * 1024 * 1024;

    /** The text of a DRL file: a regular file of UTF-8 text, at most {@value #MAX_DRL_BYTES} bytes. */
    private static String drl(Path file) throws RuleBookException, IOException {
        if (!isBundled(file) && !Files.isRegularFile(file)) {
            throw new RuleBookException(List.of(shown(file) + (Files.isSymbolicLink(file) && !Files.exists(file)
                    ? ": a link to nothing" : ": not a regular file (a device, pipe or socket)")));
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_DRL_BYTES + 1);
        }
        if (bytes.length > MAX_DRL_BYTES) {
            throw new RuleBookException(List.of(shown(file) + ": larger than " + MAX_DRL_BYTES + " bytes"));
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RuleBookException(List.of(shown(file) + ": not UTF-8 text"));
        }
    }

    private static String sha256(List<DrlSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DrlSource source : sources) {
                digest.update((source.modulePath() + "\n" + source.text().replace("\r\n", "\n") + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Orders rule IDs as the catalogue does: by section, then by number. */
    public static Comparator<String> catalogueOrder() {
        return Comparator.comparingInt((String id) -> {
            int index = SECTIONS.indexOf(id.substring(0, Math.max(0, id.lastIndexOf('-'))));
            return index < 0 ? SECTIONS.size() : index;
        }).thenComparing(id -> id.substring(0, Math.max(0, id.lastIndexOf('-'))))
                .thenComparingInt(RuleBook::number)
                .thenComparing(Comparator.naturalOrder());
    }

    private static int number(String id) {
        String digits = id.substring(id.lastIndexOf('-') + 1);
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() && digits.length() < 9
                ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    }

    /** The compiled rules. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** The directory the rules came from. */
    public Path directory() {
        if (directory == null) {
            directory = bundledDirectory();
        }
        return directory;
    }

    /** Every directory the rules came from: the base directory, then the site directories. */
    public List<Path> directories() {
        List<Path> all = new ArrayList<>(List.of(directory()));
        all.addAll(siteDirectories);
        return all;
    }

    /** The rules directories for people: {@code rules}, or {@code rules + site rules site/}. */
    public String source() {
        String base = directory == null ? BundledSources.DIRECTORY + " (bundled)"
                : isBundled(directory) ? shown(directory) + " (bundled)" : directory.toString();
        return siteDirectories.isEmpty() ? base
                : base + " + site rules " + String.join(", ", siteDirectories.stream().map(Path::toString).toList());
    }

    /** Every rule, in catalogue order. */
    public List<RuleInfo> rules() {
        return new ArrayList<>(rules.values());
    }

    /** The rule with {@code id}, or null. */
    public RuleInfo rule(String id) {
        return rules.get(id);
    }

    /** Every rule ID. */
    public Set<String> ids() {
        return rules.keySet();
    }

    /** SHA-256 over the relative paths and contents of the DRL files, in path order. */
    public String sha256() {
        return sha256;
    }

    /** Where the DRL rule named {@code name} is written ({@code file:line:column}), or null if there is none. */
    String written(String name) {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (rule.getName().equals(name)) {
                    return RuleMetadata.at(sources, rule, null);
                }
            }
        }
        return null;
    }
}
