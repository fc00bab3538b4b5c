package org.secretomecheck.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule sets, keyed by the SHA-256 of their sources, so that DRL is compiled once: in
 * this process (memory), at build time for the bundled rules (a resource
 * {@code /rules-compiled/<sha>.kbase} in the jar), and on disk for other rules directories
 * ({@code $XDG_CACHE_HOME/secretome-check} or {@code ~/.cache/secretome-check}, one file per
 * rule set and tool version). A compiled rule set is the serialized Drools knowledge packages,
 * with the bytecode of their conditions and consequences; loading it skips the DRL compiler.
 * Any cache entry that cannot be read, whose content does not match the SHA-256 stored with it,
 * or that someone else owns or could write, is ignored and the rules are compiled again. The disk cache
 * keeps the {@value #KEPT_ON_DISK} rule sets used last; each edit of a rules directory makes a new
 * one, so older ones are deleted.
 */
final class CompiledRules {

    /** Where the build puts the precompiled bundled rules, on the class path. */
    static final String RESOURCE_DIRECTORY = "rules-compiled";

    /** How many compiled rule sets the disk cache keeps. */
    static final int KEPT_ON_DISK = 8;

    private static final Map<String, KieBase> MEMORY = new ConcurrentHashMap<>();

    static {
        RuleClassLoader.install();
    }

    private CompiledRules() {}

    /** Forgets the rule sets of this process, so that the next load reads a cache or compiles. */
    static void forget() {
        MEMORY.clear();
    }

    /** A compiler of DRL, for a rule set found in no cache. */
    interface Compiler {
        KieBase compile() throws RuleBookException;
    }

    /** The rule set with digest {@code sha256}: from a cache when present, else compiled and cached. */
    static KieBase get(String sha256, Compiler compiler) throws RuleBookException {
        KieBase cached = MEMORY.get(sha256);
        if (cached == null) {
            cached = fromResource(sha256);
        }
        if (cached == null) {
            cached = fromDisk(sha256);
        }
        if (cached == null) {
            cached = compiler.compile();
            toDisk(sha256, cached);
        }
        KieBase first = MEMORY.putIfAbsent(sha256, cached);
        return first != null ? first : cached;
    }

    /** Writes {@code kieBase} in the compiled form to {@code out}. */
    static void write(KieBase kieBase, OutputStream out) throws IOException {
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(new BufferedOutputStream(out))) {
            objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
    }

    @SuppressWarnings("unchecked")
    private static KieBase read(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = new DroolsObjectInputStream(new BufferedInputStream(in),
                CompiledRules.class.getClassLoader())) {
            return immutableBase((Collection<KiePackage>) objects.readObject());
        }
    }

    /**
     * A knowledge base of {@code packages} that is never changed afterwards. Drools then keeps each
     * session's facts in a plain identity store instead of one store per fact class, which costs
     * time quadratic in the number of classes for every session.
     */
    static KieBase immutableBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(immutable());
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** The configuration of every knowledge base of the tool: not changed once built. */
    static KieBaseConfiguration immutable() {
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return configuration;
    }

    /** The precompiled rule set on the class path, or null (then it is compiled: slower, not wrong). */
    static KieBase fromResource(String sha256) {
        try (InputStream in = CompiledRules.class.getResourceAsStream("/" + RESOURCE_DIRECTORY + "/" + sha256 + ".kbase")) {
            return in == null ? null : read(in);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    private static KieBase fromDisk(String sha256) {
        Path file = diskFile(sha256);
        if (file == null || !Files.isRegularFile(file) || !ownedAlone(file) || !ownedAlone(file.getParent())) {
            return null;
        }
        KieBase kieBase;
        try {
            byte[] entry = Files.readAllBytes(file);
            int start = MAGIC.length + DIGEST_BYTES;
            if (entry.length < start || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !Arrays.equals(entry, MAGIC.length, start, digest(file, entry, start), 0, DIGEST_BYTES)) {
                return null; // not written whole by this tool for this rule set: compiled again, and replaced
            }
            kieBase = read(new ByteArrayInputStream(entry, start, entry.length - start));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // only the order in which old entries are deleted depends on it
        }
        return kieBase;
    }

    /**
     * Why the directory of the disk cache cannot be used, or null when it can, does not exist yet,
     * or caching on disk is off: a file in its place, or a directory that others may write or
     * someone else owns (compiled rules are code the tool runs, so such a directory is neither read
     * nor written).
     */
    static String unusable() {
        Path file = diskFile("");
        Path directory = file == null ? null : file.getParent();
        if (directory == null || !Files.exists(directory)) {
            return null;
        }
        if (!Files.isDirectory(directory)) {
            return "the cache of compiled rules " + directory + " is not a directory; the rules are compiled at every run";
        }
        if (!explicitDirectory() && !ownedAlone(directory)) {
            closeToOthers(directory); // the tool's own directory, made by an older version under umask 002
        }
        return ownedAlone(directory) ? null : "the cache of compiled rules " + directory + " is not used, as others may"
                + " write it or another user owns it (compiled rules are code the tool runs); the rules are compiled at"
                + " every run: use a directory of your own (SECRETOME_CHECK_CACHE), or SECRETOME_CHECK_CACHE=off";
    }

    private static void toDisk(String sha256, KieBase kieBase) {
        Path file = diskFile(sha256);
        if (file == null || unusable() != null) {
            return;
        }
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
            }
            Path temporary = Files.createTempFile(file.getParent(), ".kbase-", ".tmp", ownerOnly("rw-------"));
            try {
                ByteArrayOutputStream payload = new ByteArrayOutputStream();
                write(kieBase, payload);
                byte[] bytes = payload.toByteArray();
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    out.write(MAGIC);
                    out.write(digest(file, bytes, 0));
                    out.write(bytes);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary); // gone after the move; left by a full disk or a failed move otherwise
            }
            prune(file.getParent());
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the next run a compilation.
        }
    }

    /** The first bytes of a cache entry; the SHA-256 of its name and packages (see {@link #digest}) follows. */
    private static final byte[] MAGIC = "secretome-check kbase 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    /**
     * The SHA-256 of the entry's name (the rule set's digest and the tool's identity) and its
     * serialized packages from {@code from}: an entry copied over another rule set's does not match.
     */
    private static byte[] digest(Path entry, byte[] bytes, int from) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(entry.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(bytes, from, bytes.length - from);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * True unless others than the owner may write {@code path}, or someone else owns it: the cache
     * holds code the tool runs, so an entry someone else could have planted is compiled again.
     * Where the file system has no POSIX permissions, true.
     */
    private static boolean ownedAlone(Path path) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            Set<PosixFilePermission> permissions = attributes.permissions();
            return !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE)
                    && ownedByThisUser(path, attributes);
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * By user ID where the system gives it: the owner of {@code /proc/self} on Linux (a container
     * user without a name in /etc/passwd has the name "?", and its files that of its number), else
     * by name.
     */
    private static boolean ownedByThisUser(Path path, PosixFileAttributes attributes) throws IOException {
        try {
            Object self = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Files.getAttribute(path, "unix:uid").equals(self);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return attributes.owner().getName().equals(System.getProperty("user.name"));
        }
    }

    /** Takes group and others' write permission from {@code directory}, when this user owns it. */
    private static void closeToOthers(Path directory) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
            if (ownedByThisUser(directory, attributes)) { // the mode as a whole, so that setgid and sticky bits stay
                int mode = (Integer) Files.getAttribute(directory, "unix:mode");
                Files.setAttribute(directory, "unix:mode", mode & ~0022);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // then the directory stays unused
        }
    }

    /** True when the cache directory is configured (property or environment), not the tool's default. */
    private static boolean explicitDirectory() {
        String configured = System.getProperty("secretome-check.cache", System.getenv("SECRETOME_CHECK_CACHE"));
        return configured != null && !configured.isBlank();
    }

    /** Permissions for a new cache directory or entry, where the file system has them. */
    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    /** Deletes all but the {@link #KEPT_ON_DISK} rule sets of {@code directory} used last. */
    private static void prune(Path directory) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".kbase") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(CompiledRules::lastUsed).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT_ON_DISK, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The cache file of a rule set, or null when caching on disk is off. The directory is the
     * system property {@code secretome-check.cache}, else the environment variable
     * {@code SECRETOME_CHECK_CACHE}, else {@code $XDG_CACHE_HOME/secretome-check} or
     * {@code ~/.cache/secretome-check}; {@code off} turns the disk cache off. The file name holds
     * the rule set's digest and the identity of the tool's jar, so a rebuilt tool never reads
     * rules compiled by another build. Without a jar (classes from a build directory) only an
     * explicitly configured cache directory is used.
     */
    static Path diskFile(String sha256) {
        String configured = System.getProperty("secretome-check.cache", System.getenv("SECRETOME_CHECK_CACHE"));
        boolean explicit = explicitDirectory();
        String tool = toolIdentity(explicit);
        if (tool == null || "off".equals(configured)) {
            return null;
        }
        Path directory;
        if (explicit) {
            directory = Path.of(configured);
        } else if (System.getenv("XDG_CACHE_HOME") != null && !System.getenv("XDG_CACHE_HOME").isBlank()) {
            directory = Path.of(System.getenv("XDG_CACHE_HOME"), "secretome-check");
        } else if (System.getenv("HOME") != null && !System.getenv("HOME").isBlank()) { // ~ as the shell has it
            directory = Path.of(System.getenv("HOME"), ".cache", "secretome-check");
        } else if (System.getProperty("user.home") != null) {
            directory = Path.of(System.getProperty("user.home"), ".cache", "secretome-check");
        } else {
            return null;
        }
        return directory.resolve(sha256 + "-" + tool + ".kbase");
    }

    /**
     * Size and modification time of the jar the tool runs from; {@code classes} when it runs from
     * a build directory and {@code explicit}, else null.
     */
    private static String toolIdentity(boolean explicit) {
        try {
            Path jar = Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return explicit ? "classes" : null;
            }
            return Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
