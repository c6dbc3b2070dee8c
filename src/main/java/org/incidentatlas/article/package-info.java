/** Articles: the news reports that every incident and statistic is sourced to. */
package org.incidentatlas.article;
