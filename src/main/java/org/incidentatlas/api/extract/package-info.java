/**
 * The extraction engine as a service: text in, proposals out, nothing stored, bounded per
 * client.
 */
package org.incidentatlas.api.extract;
