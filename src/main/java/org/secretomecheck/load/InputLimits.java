package org.secretomecheck.load;

/**
 * Bounds on what the reader accepts, so that no file can make it hang or run out of memory.
 *
 * @param maxFileBytes   largest file accepted, in bytes (checked before parsing)
 * @param maxDepth       deepest nesting of mappings and lists (the root collection is depth 1)
 * @param maxScalarChars longest scalar (key or value), in characters
 * @param maxNodes       most YAML nodes (keys, values, collections and aliases) in the file; also
 *                       bounds the total length of the nodes' JSON Pointers ({@link #maxPointerChars()})
 */
public record InputLimits(int maxFileBytes, int maxDepth, int maxScalarChars, int maxNodes) {

    /** 8 MiB, 64 levels, 65,536 characters, 200,000 nodes. */
    public static final InputLimits DEFAULT = new InputLimits(8 * 1024 * 1024, 64, 65_536, 200_000);

    public InputLimits {
        requirePositive(maxFileBytes, "maxFileBytes");
        requirePositive(maxDepth, "maxDepth");
        requirePositive(maxScalarChars, "maxScalarChars");
        requirePositive(maxNodes, "maxNodes");
    }

    /**
     * Most characters of JSON Pointer the reader builds for one file: 128 per node allowed. Without
     * it, long keys above many nodes would multiply into gigabytes of pointers.
     */
    public long maxPointerChars() {
        return (long) maxNodes * 128;
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
