/** The command line: picocli commands over the check use case and the renderers. */
package org.secretomecheck.cli;
