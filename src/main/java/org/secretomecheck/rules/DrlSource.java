package org.secretomecheck.rules;

/**
 * One DRL file of a rule set.
 *
 * @param display the file as users see it: its rules directory as given, then its relative path
 * @param modulePath where it sits in the in-memory KIE module
 * @param text its content
 */
record DrlSource(String display, String modulePath, String text) {}
