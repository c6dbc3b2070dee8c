/**
 * CSV imports of incidents: the project's own export format or ACLED-style columns, with
 * a mapping step, a dry run and an all-or-nothing run.
 */
package org.incidentatlas.imports;
