/**
 * Dates known only as precisely as the sources allow: a range plus a precision. Plain
 * Java.
 */
package org.incidentatlas.time;
