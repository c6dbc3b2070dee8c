package org.incidentatlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link IntegrationTest}, but the atlas holds a fixed set of records made for the
 * tests ({@code src/test/resources/fixed-data/atlas.json}: 17 records in our own words,
 * keys {@code fixture-...}) instead of the launch data. For tests that count: the launch
 * data grows, this does not. Every test class with this annotation shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "atlas.launch-data.locations=classpath:fixed-data/atlas.json")
public @interface FixedDataTest {

}
