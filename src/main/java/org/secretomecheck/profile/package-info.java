/** Thresholds: the bundled default profile and site overrides, checked key by key. */
package org.secretomecheck.profile;
