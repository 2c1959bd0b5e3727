package org.praxis.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of DESIGN.md: the two sides talk only through events. */
@AnalyzeClasses(packages = "org.praxis", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule commandSideNeverReadsTheQuerySide = noClasses()
            .that().resideInAPackage("org.praxis.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.praxis.query..", "co.elastic..",
                    "org.elasticsearch..", "org.praxis.app..");

    @ArchTest
    static final ArchRule querySideNeverDispatchesCommands = noClasses()
            .that().resideInAPackage("org.praxis.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.praxis.command..", "org.praxis.app..",
                    "org.axonframework.commandhandling..", "org.apache.tika..");

    @ArchTest
    static final ArchRule eventsDependOnNothingButTheJdkAndAxonAnnotations = noClasses()
            .that().resideInAPackage("org.praxis.events..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.praxis.events..", "java..",
                    "org.axonframework.serialization..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.praxis.(*)..").should().beFreeOfCycles();
}
