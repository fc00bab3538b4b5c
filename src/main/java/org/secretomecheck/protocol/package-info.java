/**
 * The protocol model: one class per YAML section of {@code secretome-protocol/1}, validated by
 * Hibernate Validator annotations, plus the parsed document with the location of every node.
 */
package org.secretomecheck.protocol;
