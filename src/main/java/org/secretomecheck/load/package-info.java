/**
 * Strict reading of a protocol file: bytes to a {@link org.secretomecheck.protocol.ProtocolDocument}
 * (a JSON tree whose scalars are resolved by {@code protocol-format.md} Section 2.3, plus the line
 * and column of every node by JSON Pointer), or to problems when the file is not one readable YAML
 * document (Section 2.1, Section 7 errors 1 to 4). Input limits keep hostile files harmless.
 *
 * <p>The entry point is {@link org.secretomecheck.load.YamlReader}.
 */
package org.secretomecheck.load;
