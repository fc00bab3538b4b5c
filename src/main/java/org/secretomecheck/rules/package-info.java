/**
 * The rule book: DRL files from a rules directory compiled into a Drools KieBase, the metadata of
 * every check, and one rule session per protocol whose findings are collected by a
 * {@link org.secretomecheck.rules.FindingSink}.
 */
package org.secretomecheck.rules;
