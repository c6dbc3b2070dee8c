package org.incidentatlas.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Meteorological seasons, as news reports use them ("the summer months"). Winter of a
 * year runs from its December into February of the next year.
 */
public enum Season {

	SPRING(Month.MARCH), SUMMER(Month.JUNE), AUTUMN(Month.SEPTEMBER), WINTER(Month.DECEMBER);

	private final Month firstMonth;

	Season(Month firstMonth) {
		this.firstMonth = firstMonth;
	}

	public LocalDate start(int year) {
		return LocalDate.of(year, firstMonth, 1);
	}

	public LocalDate end(int year) {
		return YearMonth.of(year, firstMonth).plusMonths(2).atEndOfMonth();
	}

	/** The season whose range starts on this date, if it is the first day of a season. */
	static Season startingOn(LocalDate date) {
		for (Season season : values()) {
			if (date.getDayOfMonth() == 1 && date.getMonth() == season.firstMonth) {
				return season;
			}
		}
		return null;
	}

}
