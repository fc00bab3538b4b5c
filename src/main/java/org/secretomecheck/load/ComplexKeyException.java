package org.secretomecheck.load;

import java.io.IOException;

/**
 * Thrown by the parser when a mapping key is a mapping, a sequence or an alias. The tree builder
 * turns it into an unreadable problem at the mapping that holds the key.
 */
final class ComplexKeyException extends IOException {

    private final int line;
    private final int column;

    ComplexKeyException(String what, int line, int column) {
        super(what);
        this.line = line;
        this.column = column;
    }

    UnreadableYamlException at(String mappingPointer) {
        return new UnreadableYamlException("a key must be a plain string, not " + getMessage(),
                mappingPointer, line, column);
    }
}
