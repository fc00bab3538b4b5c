/**
 * Structure: checks a parsed document against the protocol format (keys, types, ranges, stage,
 * waivers) with Hibernate Validator over the model, and reports every violation with its location.
 */
package org.secretomecheck.validate;
