package org.incidentatlas.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The synthetic data generator, run with the {@code synthetic} profile.
 *
 * @param incidents how many synthetic incidents to write
 * @param articles how many synthetic articles they cite (1 to 5 each)
 * @param seed the random seed, between -1 and 1, so that two runs write the same data
 * @param sessions how many database sessions insert and build indexes at once
 */
@ConfigurationProperties("atlas.synthetic")
record SyntheticDataProperties(@DefaultValue("1000000") int incidents, @DefaultValue("100000") int articles,
		@DefaultValue("0.42") double seed, @DefaultValue("2") int sessions) {
}
