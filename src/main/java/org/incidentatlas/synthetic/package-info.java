/**
 * Synthetic incidents for load tests: a generator that refuses to touch a database
 * holding real data.
 */
package org.incidentatlas.synthetic;
