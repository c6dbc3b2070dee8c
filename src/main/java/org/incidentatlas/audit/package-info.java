/** The audit trail: who changed what, when, and the values before and after. */
package org.incidentatlas.audit;
