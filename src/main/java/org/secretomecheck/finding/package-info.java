/** Results as values: findings, problems, locations and the report that holds them. */
package org.secretomecheck.finding;
