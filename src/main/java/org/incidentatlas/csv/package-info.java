/**
 * CSV read and written in one way, through Apache Commons CSV: RFC 4180, UTF-8 with a
 * byte-order mark, formulas defused.
 */
package org.incidentatlas.csv;
