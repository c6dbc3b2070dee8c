package org.incidentatlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-by-feature layout, checked: no cycles, plain-Java cores, no entities on the
 * wire.
 */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.incidentatlas");

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("org.incidentatlas.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void datesArePlainJavaWithoutSpringOrPersistence() {
		noClasses().that()
			.resideInAPackage("org.incidentatlas.time..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
			.check(CLASSES);
	}

	@Test
	void theJsonApiNeverHandsOutEntities() {
		noClasses().that()
			.resideInAPackage("org.incidentatlas.api..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.check(CLASSES);
	}

	@Test
	void pagesAndTheApiReadThroughQueriesNotRepositories() {
		noClasses().that()
			.resideInAnyPackage("org.incidentatlas.api..", "org.incidentatlas.overview..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.check(CLASSES);
	}

	@Test
	void extractionIsPlainJavaWithoutSpringPersistenceJdbcOrFiles() {
		noClasses().that()
			.resideInAPackage("org.incidentatlas.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..", "java.io..", "java.nio.file..", "java.net..")
			.because("extraction takes text in and gives candidates out, for the web app, the CLI and benchmarks alike")
			.check(CLASSES);
	}

	@Test
	void controllersRunNoSqlOfTheirOwn() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.jdbc.core.JdbcOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.jdbc.core.simple.JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(javax.sql.DataSource.class)
			.because("SQL lives in the owning feature's queries class or service")
			.check(CLASSES);
	}

	@Test
	void incidentsAreStoredThroughTheIncidentPackageOrLoadedByTheLaunchData() {
		onlyFrom(org.incidentatlas.incident.IncidentRepository.class, "org.incidentatlas.incident..",
				"org.incidentatlas.seed..");
	}

	@Test
	void reportedFiguresAreStoredOnlyThroughTheStatisticPackage() {
		onlyFrom(org.incidentatlas.statistic.ReportedStatisticRepository.class, "org.incidentatlas.statistic..");
	}

	/**
	 * Articles are stored by their own package, by the review (a submitted article) and
	 * by the launch data; the incident editor reads one to cite it.
	 */
	@Test
	void articlesAreStoredOnlyByTheArticleReviewAndLaunchDataPackages() {
		onlyFrom(org.incidentatlas.article.ArticleRepository.class, "org.incidentatlas.article..",
				"org.incidentatlas.incident..", "org.incidentatlas.review..", "org.incidentatlas.seed..");
	}

	/**
	 * Many incidents in one statement are the CSV import's; every other writer goes
	 * through the editor, which checks and audits each.
	 */
	@Test
	void bulkIncidentCreationIsTheImportsOnly() {
		onlyFrom(org.incidentatlas.incident.BulkIncidents.class, "org.incidentatlas.incident..",
				"org.incidentatlas.imports..");
	}

	private static void onlyFrom(Class<?> repository, String... owners) {
		noClasses().that()
			.resideOutsideOfPackages(owners)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(repository)
			.because(repository.getSimpleName() + " writes tables that " + String.join(", ", owners) + " own")
			.check(CLASSES);
	}

}
