/**
 * Documents about the rule set rather than about protocols: the rule reference generated from the
 * DRL metadata, and the traceability matrix of a verification run, in Markdown and HTML.
 */
package org.secretomecheck.reference;
