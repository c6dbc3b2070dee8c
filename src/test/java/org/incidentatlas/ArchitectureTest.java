package org.incidentatlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature layout, checked: no cycles, plain-Java cores, no entities on the wire. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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

}
