/**
 * Editor and administrator accounts: passwords, roles, sign-in throttling and the first
 * admin.
 */
package org.incidentatlas.user;
