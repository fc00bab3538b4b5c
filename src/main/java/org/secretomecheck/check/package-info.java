/** The use case: find protocol files, then load, validate, judge and waive each into a report. */
package org.secretomecheck.check;
