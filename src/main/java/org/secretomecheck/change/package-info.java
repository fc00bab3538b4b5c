/**
 * Change control: the difference between two versions of a protocol ({@link ProtocolDiff}: every
 * changed value and the findings that are new, resolved or unchanged) and the side-by-side
 * comparison of the key parameters of several protocols ({@link ComparisonMatrix}), with their
 * renderers. Both are values computed from the results of {@link org.secretomecheck.check.Checker}
 * and the parsed documents; the command line only loads, chooses a format and writes.
 */
package org.secretomecheck.change;
