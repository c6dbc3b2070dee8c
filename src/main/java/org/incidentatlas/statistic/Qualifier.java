package org.incidentatlas.statistic;

/** How the source qualified the figure: "over 60", "about 100". */
public enum Qualifier {

	EXACT, ABOUT, OVER, AT_LEAST, UNDER, AT_MOST

}
