/** The JSON API under /api: records for the wire, and errors as RFC 9457 problem details. */
package org.incidentatlas.api;
