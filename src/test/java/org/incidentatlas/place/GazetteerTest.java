package org.incidentatlas.place;

import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GazetteerTest {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "Antwerpen", "Anvers", "Antwerp", "antwerpen", "ANVERS" })
	void antwerpIsFoundByEachOfItsNames(String name) {
		assertThat(gazetteer.resolve(name)).extracting(Place::key).containsExactly("be-antwerpen");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Luik", "Lüttich", "Liège", "Liege" })
	void liegeIsFoundInDutchGermanAndFrench(String name) {
		assertThat(gazetteer.resolve(name)).extracting(Place::key).containsExactly("be-liege");
	}

	@Test
	void aNameSharedByACityAndItsProvinceMeansTheCity() {
		assertThat(gazetteer.resolve("Namur")).extracting(Place::key).containsExactly("be-namur");
		assertThat(gazetteer.resolve("Utrecht")).extracting(Place::key).containsExactly("nl-utrecht");
	}

	@Test
	void brusselsIsTheCityRegionWithItsNineteenCommunes() {
		Place brussels = gazetteer.byKey("be-bru").orElseThrow();
		assertThat(gazetteer.resolve("Bruxelles")).contains(brussels);
		Integer communes = jdbc.queryForObject(
				"select count(*) from place where parent_id = ? and kind = 'MUNICIPALITY'", Integer.class,
				brussels.id());
		assertThat(communes).isEqualTo(19);
	}

	@Test
	void antwerpHasItsDistrictsAndMerksemReadsAsADistrictOfAntwerp() {
		Place merksem = gazetteer.byKey("be-antwerpen-merksem").orElseThrow();
		PlacePath path = gazetteer.path(merksem.id());
		assertThat(path.district().displayName()).isEqualTo("Merksem");
		assertThat(path.city().displayName()).isEqualTo("Antwerp");
		assertThat(path.region().displayName()).isEqualTo("Antwerp");
		assertThat(path.country().displayName()).isEqualTo("Belgium");
		assertThat(jdbc.queryForObject("select count(*) from place where parent_id = ? and kind = 'DISTRICT'",
				Integer.class, gazetteer.byKey("be-antwerpen").orElseThrow().id()))
			.isEqualTo(10);
	}

	@Test
	void aDutchNeighbourhoodReadsAsADistrictOfItsCityInsideItsStadsdeel() {
		Place wittenburg = gazetteer.byKey("nl-amsterdam-wittenburg").orElseThrow();
		PlacePath path = gazetteer.path(wittenburg.id());
		assertThat(path.district().name()).isEqualTo("Wittenburg");
		assertThat(path.city().displayName()).isEqualTo("Amsterdam");
		assertThat(path.region().displayName()).isEqualTo("North Holland");
		assertThat(gazetteer.lineage(wittenburg.id())).extracting(Place::key)
			.containsSubsequence("nl-amsterdam-wittenburg", "nl-amsterdam-oostelijke-eilanden", "nl-amsterdam-centrum",
					"nl-amsterdam");
		assertThat(gazetteer.resolve("Breukelen")).extracting(Place::key)
			.containsExactly("nl-stichtse-vecht-breukelen");
		assertThat(gazetteer.resolve("Kiel")).extracting(Place::key).containsExactly("be-antwerpen-kiel");
	}

	/**
	 * The neighbourhoods and villages added for the launch data sit near their city: a
	 * wrong sign or a swapped coordinate would not.
	 */
	@Test
	void everyNeighbourhoodAndVillageLiesNearItsMunicipality() {
		List<Place> added = jdbc.queryForList("select key from place where kind = 'DISTRICT'", String.class)
			.stream()
			.map(key -> gazetteer.byKey(key).orElseThrow())
			.toList();
		assertThat(added).hasSizeGreaterThan(30);
		for (Place place : added) {
			Place municipality = gazetteer.lineage(place.id())
				.stream()
				.filter(p -> p.kind() == PlaceKind.MUNICIPALITY)
				.findFirst()
				.orElseThrow();
			double km = Math.hypot((place.latitude() - municipality.latitude()) * 111,
					(place.longitude() - municipality.longitude()) * 111 * Math.cos(Math.toRadians(place.latitude())));
			assertThat(km).as("%s is %.1f km from %s", place.key(), km, municipality.key()).isLessThan(15);
		}
	}

	@Test
	void aBrusselsCommuneReadsAsADistrictOfBrussels() {
		PlacePath path = gazetteer.path(gazetteer.byKey("be-molenbeek-saint-jean").orElseThrow().id());
		assertThat(path.district().name()).isEqualTo("Molenbeek-Saint-Jean");
		assertThat(path.city().displayName()).isEqualTo("Brussels");
	}

	@Test
	void belgiumHasEveryMunicipalityAndEveryProvince() {
		// 565 municipalities since the Flemish mergers of 1 January 2025
		Integer municipalities = jdbc.queryForObject(
				"select count(*) from place where country_code = 'BE' and kind = 'MUNICIPALITY'", Integer.class);
		assertThat(municipalities).isBetween(560, 570);
		assertThat(jdbc.queryForObject("select count(*) from place where country_code = 'BE' and kind = 'PROVINCE'",
				Integer.class))
			.isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from place where country_code = 'NL' and kind = 'PROVINCE'",
				Integer.class))
			.isEqualTo(12);
	}

	@Test
	void everyPlaceLiesInsideBelgiumOrTheNetherlandsAndHasAParentUpToItsCountry() {
		assertThat(jdbc.queryForObject("""
				select count(*) from place
				where latitude not between 49.4 and 53.6 or longitude not between 2.5 and 7.3""", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from place p
				where not exists (select 1 from place_closure c join place a on a.id = c.ancestor_id
				                  where c.descendant_id = p.id and a.kind = 'COUNTRY')""", Integer.class)).isZero();
	}

	@Test
	void typeAheadSuggestsLargerPlacesFirst() {
		List<Place> suggestions = gazetteer.suggest("ant", 5);
		assertThat(suggestions).isNotEmpty();
		assertThat(suggestions.get(0).key()).isEqualTo("be-antwerpen");
	}

}
