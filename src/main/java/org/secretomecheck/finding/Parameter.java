package org.secretomecheck.finding;

/**
 * A key process parameter of a protocol, as reports and comparisons show it.
 *
 * @param name what it is, for people ({@code Passage at conditioning})
 * @param pointer where it is in the protocol (the field, or the section it summarizes)
 * @param value the value as written, or null when not recorded
 * @param placed where a finding about it is placed: {@code pointer}, or its nearest present parent
 *        when it is absent
 */
public record Parameter(String name, String pointer, String value, String placed) {}
