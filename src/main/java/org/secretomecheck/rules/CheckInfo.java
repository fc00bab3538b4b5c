package org.secretomecheck.rules;

/**
 * One numbered check of a catalogue rule, as declared in the metadata of its DRL rule.
 *
 * @param number the check number in the catalogue entry
 * @param severity the severity label
 * @param target the path below {@code protocol} that findings point at ({@code {i}} for an index)
 * @param message the message template
 * @param condition when the check fires, in the catalogue's words
 * @param drlRule the name of the DRL rule
 */
public record CheckInfo(int number, String severity, String target, String message, String condition, String drlRule) {}
