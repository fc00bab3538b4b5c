package org.secretomecheck.cli;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes output files whole: to a temporary file beside the target, then renamed over it. */
final class Files {

    /** Names the temporary files. */
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Files() {}

    /** Writes {@code text} to {@code target}, creating its directory; never leaves a half-written file. */
    static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A report is an ordinary file: it keeps the permissions of the file it replaces; a new one
     * has those the user's umask gives a new file, which its temporary file was created with.
     */
    private static void readableLikeAnOrdinaryFile(Path temporary, Path target) throws IOException {
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix") && java.nio.file.Files.exists(target)) {
            java.nio.file.Files.setPosixFilePermissions(temporary, java.nio.file.Files.getPosixFilePermissions(target));
        }
    }

    /**
     * A new, empty file beside the target with a name of its own, created with the permissions a
     * new file gets (as the umask gives: {@code createTempFile} would make it readable by its
     * owner only, and a report readable by others no more).
     */
    private static Path createTemporary(Path directory) throws IOException {
        while (true) {
            Path temporary = directory.resolve(".secretome-check-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return java.nio.file.Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Writes {@code bytes} to {@code target}, creating its directory; never leaves a half-written file. */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, (OutputStream out) -> out.write(bytes));
    }

    /** What writes a file's content as text. */
    interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** What writes a file's content as bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text (UTF-8) to {@code target} as it is produced; never leaves a half-written file. */
    static void write(Path target, TextContent content) throws IOException {
        write(target, (OutputStream out) -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** The temporary files being written, deleted by {@link #deleteTemporaries} if the run is cut short. */
    private static final Set<Path> TEMPORARIES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * True for {@code --output /dev/stdout}: standard output, which is written as such (a file
     * renamed over it would replace what {@code >>} appends to, and a pipe is no file).
     */
    static boolean isStandardOutput(Path target) {
        return target.toString().equals("/dev/stdout");
    }

    /** True for {@code --output /dev/null}: nothing is written, as a shell's {@code > /dev/null} would keep nothing (the exit code alone is wanted). */
    static boolean isDiscarded(Path target) {
        try { // however written: //dev/null, /dev/./null, a link to it
            return target.toRealPath().toString().equals("/dev/null");
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the temporary files of writes that never finished. */
    static void deleteTemporaries() {
        for (Path temporary : TEMPORARIES) {
            try {
                java.nio.file.Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done on the way out
            }
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, then renames it over it. A
     * link is followed, so that the file it names is replaced and the link kept; a target that is
     * not a regular file (a device, a pipe) is refused rather than replaced.
     */
    static void write(Path target, Content content) throws IOException {
        writeAll(List.of(Map.entry(target, content)));
    }

    /**
     * Writes each target's content to a temporary file beside it, as {@link #write(Path, Content)}
     * does, and renames them over their targets only when all are written: a run stopped or failing
     * while it renders leaves none of them, and earlier reports as they were.
     */
    static void writeAll(List<Map.Entry<Path, Content>> files) throws Failure {
        /** A file written to its temporary file; {@code place} null for standard output. */
        record Written(Path target, Path place, Path temporary) {}
        List<Written> written = new java.util.ArrayList<>();
        try {
            for (Map.Entry<Path, Content> file : files) {
                Path target = file.getKey();
                try {
                    if (isDiscarded(target)) { // rendered all the same: a streamed report is the run itself
                        file.getValue().writeTo(OutputStream.nullOutputStream());
                        continue;
                    }
                    Path place = isStandardOutput(target) ? null : place(target);
                    Path temporary = temporaryFor(target, place == null
                            ? Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath() : place.getParent());
                    written.add(new Written(target, place, temporary));
                    try (OutputStream out = new BufferedOutputStream(java.nio.file.Files.newOutputStream(temporary))) {
                        file.getValue().writeTo(out);
                    }
                    if (place != null) {
                        readableLikeAnOrdinaryFile(temporary, place);
                    }
                } catch (IOException e) {
                    throw new Failure(target, e);
                }
            }
            for (Written file : written) {
                try {
                    if (file.place() == null) { // standard output: written as such, not replaced (>> appends, a pipe takes it)
                        java.nio.file.Files.copy(file.temporary(), System.out);
                        System.out.flush();
                        if (System.out.checkError()) {
                            throw new IOException("standard output could not be written");
                        }
                    } else {
                        java.nio.file.Files.move(file.temporary(), file.place(), StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException e) { // named after the target, not the temporary file
                    throw new Failure(file.target(), e instanceof FileSystemException failure
                            ? new FileSystemException(file.target().toString(), null, failure.getReason() == null
                                    ? "cannot be written" : failure.getReason()) : e);
                }
            }
        } finally {
            for (Written file : written) {
                try {
                    java.nio.file.Files.deleteIfExists(file.temporary());
                    TEMPORARIES.remove(file.temporary());
                } catch (IOException e) {
                    // left for deleteTemporaries; the write's own outcome is what to report
                }
            }
        }
    }

    /** A file of {@link #writeAll} that could not be written, and why. */
    static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        /** The file as the user named it. */
        final transient Path target;

        Failure(Path target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

    }

    /** Where {@code target} is written: a link followed; refused when a directory, device or pipe is in its place. */
    private static Path place(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (java.nio.file.Files.isSymbolicLink(absolute) && java.nio.file.Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        if (java.nio.file.Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        String why = cannotWrite(absolute); // read-only, or a broken link (the file's or on its way): said as such
        if (why != null && (why.equals(READ_ONLY) || why.contains("a link to"))) {
            throw new FileSystemException(target.toString(), null, why);
        }
        if (java.nio.file.Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !java.nio.file.Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is not a regular file (a device, a pipe or a broken link)");
        }
        try {
            java.nio.file.Files.createDirectories(absolute.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(e.getFile(), null, "exists and is not a directory");
        }
        return absolute;
    }

    /** A new temporary file in {@code directory}, known to {@link #deleteTemporaries}. */
    private static Path temporaryFor(Path target, Path directory) throws IOException {
        Path temporary;
        try {
            temporary = createTemporary(directory);
        } catch (IOException e) { // named after the target, not the temporary file the user never asked for
            throw new FileSystemException(target.toString(), null, "cannot create a file in " + directory);
        }
        TEMPORARIES.add(temporary);
        return temporary;
    }

    /**
     * Why {@code target} certainly cannot be written as a file, found before any work is done: a
     * directory or a device in its place, or a nearest existing parent that is a file or that the
     * user may not write in. Null when it looks writable (the write itself may still fail).
     */
    static String cannotWrite(Path target) {
        if (isStandardOutput(target) || isDiscarded(target)) {
            return null;
        }
        Path absolute = target.toAbsolutePath();
        if (java.nio.file.Files.isDirectory(absolute)) {
            return "is a directory";
        }
        if (java.nio.file.Files.exists(absolute) && !java.nio.file.Files.isRegularFile(absolute)) {
            return "is not a regular file (a device or a pipe)";
        }
        if (java.nio.file.Files.isRegularFile(absolute) && !java.nio.file.Files.isWritable(absolute)) {
            return READ_ONLY;
        }
        if (java.nio.file.Files.isSymbolicLink(absolute) && !java.nio.file.Files.exists(absolute)) {
            return "is a link to nothing (a broken link)";
        }
        for (Path parent = absolute.getParent(); parent != null; parent = parent.getParent()) {
            if (java.nio.file.Files.isDirectory(parent)) {
                return java.nio.file.Files.isWritable(parent) || java.nio.file.Files.isWritable(absolute) ? null
                        : readOnlyFileSystem(parent) ? "the file system of " + parent.normalize() + " is read-only"
                        : "permission denied in " + parent.normalize();
            }
            if (java.nio.file.Files.isSymbolicLink(parent)) { // and not a directory: it leads nowhere, or to a file
                return parent + (java.nio.file.Files.exists(parent) ? " is a link to a file, not to a directory"
                        : " is a link to nothing (a broken link)");
            }
            if (java.nio.file.Files.exists(parent, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return parent + " exists and is not a directory";
            }
        }
        return null;
    }

    /** True when {@code directory} lies on a file system mounted read-only, where no permission helps. */
    private static boolean readOnlyFileSystem(Path directory) {
        try {
            return java.nio.file.Files.getFileStore(directory).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why a read-only file is not written over, though its directory would let the tool replace
     * it: a report or baseline made read-only is kept, as a shell's {@code >} would keep it.
     */
    private static final String READ_ONLY = "the file is not writable for this user, so it is not replaced; make it"
            + " writable, or write elsewhere";

    /** Why a file operation failed, for people: "no such file or directory: x" rather than "x". */
    static String describe(IOException e) {
        if (e instanceof Failure failure) {
            // the target is named by the caller ("cannot write X: ..."): not again after the reason
            return failure.getCause() instanceof FileSystemException named && named.getReason() != null
                    && String.valueOf(failure.target).equals(named.getFile()) ? named.getReason()
                    : describe((IOException) failure.getCause());
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException failure && failure.getReason() != null) {
            return failure.getReason() + ": " + failure.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
