/** Renderers: one small class per output format, all drawing on the same {@link org.secretomecheck.finding.Report}. */
package org.secretomecheck.report;
