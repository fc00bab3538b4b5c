package org.secretomecheck.protocol;

/**
 * Validation group of the constraints that hold only in {@code design} protocols: result fields
 * must be absent there.
 */
public interface DesignStage {}
