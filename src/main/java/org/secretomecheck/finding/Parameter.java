package org.secretomecheck.finding;

/**
 * A key process parameter of a protocol, as reports and comparisons show it.
 *
 * @param name what it is, for people ({@code Passage at conditioning})
 * @param pointer where it is in the protocol (the field, or the section it summarizes)
 * @param value the value as written, or null when not recorded
 */
public record Parameter(String name, String pointer, String value) {}
