/**
 * Accounts over JSON: administrators manage them, everyone changes their own password.
 */
package org.incidentatlas.api.user;
