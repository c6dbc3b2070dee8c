/** Place suggestions for the filters, in any of their names. */
package org.incidentatlas.api.place;
